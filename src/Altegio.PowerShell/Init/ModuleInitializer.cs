using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Altegio.PowerShell.Init
{
    /// <summary>
    /// Makes the module's third-party assemblies (Microsoft.Extensions.*, Polly, System.Threading.RateLimiting
    /// and, on Windows PowerShell, System.Text.Json and its friends) load from the <c>dependencies</c> folder,
    /// never from whatever copies other modules put into the process first. This assembly and Altegio.Core,
    /// which hold every type PowerShell sees, stay in the shared context at the module's root.
    /// <list type="bullet">
    /// <item><description>PowerShell 7: the engine assembly (Altegio.Engine, the only code that calls those
    /// libraries) and its dependencies load into the module's own AssemblyLoadContext
    /// (<see cref="EngineLoadContext"/>), so they bind to our copies whatever version, or impostor, sits in
    /// the shared context.</description></item>
    /// <item><description>Windows PowerShell 5.1 has no load contexts: our assemblies' requests are answered
    /// from <c>dependencies</c> by simple name, whatever version was asked for (the binding redirect .NET
    /// Framework would otherwise need).</description></item>
    /// </list>
    /// Importing the module does nothing else; the engine loads on the first connection.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string ModuleDirectory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? string.Empty;
        private static readonly string DependencyDirectory = Path.Combine(ModuleDirectory, "dependencies");
        private static readonly bool IsNetFramework = RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
        private static readonly ConcurrentDictionary<string, Assembly> Loaded = new ConcurrentDictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Hooks the resolver; called by Import-Module.</summary>
        public void OnImport()
        {
            if (IsNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveOnNetFramework;
                AppDomain.CurrentDomain.AssemblyResolve += ResolveOnNetFramework;
            }
            else
            {
                RegisterEngineLoadContext();
            }
        }

        /// <summary>Unhooks the resolver; called by Remove-Module.</summary>
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (IsNetFramework)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveOnNetFramework;
            }
            else
            {
                UnregisterEngineLoadContext();
            }
        }

        // Separate methods that are never inlined: on .NET Framework the JIT must never compile a body that
        // names AssemblyLoadContext, which does not exist there.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void RegisterEngineLoadContext() => EngineLoadContext.Register(DependencyDirectory);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void UnregisterEngineLoadContext() => EngineLoadContext.Unregister();

        private static Assembly? ResolveOnNetFramework(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name) || !IsOurs(args.RequestingAssembly))
            {
                return null;
            }

            // The engine, loaded from dependencies/, refers back to Core at the module root: the copy loaded already.
            var core = typeof(AltegioSession).Assembly;
            if (string.Equals(name, core.GetName().Name, StringComparison.OrdinalIgnoreCase))
            {
                return core;
            }

            if (Loaded.TryGetValue(name!, out var cached))
            {
                return cached;
            }

            var path = Path.Combine(DependencyDirectory, name + ".dll");
            return File.Exists(path) ? Loaded.GetOrAdd(name!, _ => Assembly.LoadFrom(path)) : null;
        }

        // Only requests made by our assemblies or by the dependencies we loaded; another module's
        // unresolved references are none of our business. A null requester (Type.GetType, reflection-only
        // paths) counts as ours only when the file exists in our folder, which the caller checks next.
        private static bool IsOurs(Assembly? requesting)
        {
            if (requesting is null)
            {
                return true;
            }

            string location;
            try
            {
                location = requesting.Location;
            }
            catch (NotSupportedException)
            {
                return false;
            }

            return !string.IsNullOrEmpty(location)
                && location.StartsWith(ModuleDirectory + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
        }
    }
}
