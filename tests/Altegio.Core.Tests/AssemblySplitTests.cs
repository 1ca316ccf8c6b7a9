using System;
using System.IO;
using System.Linq;
using Altegio.Http;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>
    /// Altegio.Core holds every type PowerShell sees and so loads into PowerShell's shared context, where
    /// another module's copy of any third-party library may already sit. It must therefore reference only
    /// .NET itself; what calls Microsoft.Extensions.Http, Polly, System.Threading.RateLimiting or
    /// Microsoft.Bcl.TimeProvider belongs in Altegio.Engine, which the module loads into its own context.
    /// </summary>
    public class AssemblySplitTests
    {
        [Fact]
        public void CoreReferencesNothingButDotNetItself()
        {
            var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var outside = typeof(AltegioSession).Assembly.GetReferencedAssemblies()
                .Select(reference => reference.Name!)
                .Where(name => name != "netstandard" && !File.Exists(Path.Combine(framework, name + ".dll")))
                .ToArray();

            Assert.Empty(outside);
        }

        [Fact]
        public void TheEngineImplementsCoresHttpStack()
        {
            var stack = HttpStack.Current;

            Assert.Equal("Altegio.Engine", stack.GetType().Assembly.GetName().Name);
            Assert.Null(stack.BudgetFor(new Uri("https://api.example.com/api"), 0, 0));
            Assert.NotNull(stack.BudgetFor(new Uri("https://api.example.com/api"), 5, 200));
        }
    }
}
