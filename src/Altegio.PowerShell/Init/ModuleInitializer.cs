using System;
using System.Collections.Concurrent;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace Altegio.PowerShell.Init
{
    /// <summary>
    /// Loads the module's third-party assemblies (Microsoft.Extensions.*, Polly, System.Threading.RateLimiting
    /// and, on Windows PowerShell, System.Text.Json and its friends) from the <c>dependencies</c> folder, so
    /// they never collide with another module's copies. On PowerShell 7 they go into a private
    /// AssemblyLoadContext; on Windows PowerShell 5.1 they load by simple name, whatever version was asked
    /// for (the binding redirect .NET Framework would otherwise need). Our own assemblies, and so every
    /// public output type, stay in the default context where PowerShell can see them. Importing the module
    /// does nothing else.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string ModuleDirectory = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? string.Empty;
        private static readonly string DependencyDirectory = Path.Combine(ModuleDirectory, "dependencies");
        private static readonly ConcurrentDictionary<string, Assembly> Loaded = new ConcurrentDictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private static readonly Lazy<PrivateLoadContext?> LoadContext = new Lazy<PrivateLoadContext?>(PrivateLoadContext.TryCreate);

        /// <summary>Hooks the resolver; called by Import-Module.</summary>
        public void OnImport() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

        /// <summary>Unhooks the resolver; called by Remove-Module.</summary>
        public void OnRemove(PSModuleInfo psModuleInfo) => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name) || !IsOurs(args.RequestingAssembly))
            {
                return null;
            }

            if (Loaded.TryGetValue(name!, out var cached))
            {
                return cached;
            }

            var path = Path.Combine(DependencyDirectory, name + ".dll");
            if (!File.Exists(path))
            {
                return null;
            }

            var assembly = LoadContext.Value is { } context ? context.Load(path) : Assembly.LoadFrom(path);
            return Loaded.GetOrAdd(name!, assembly);
        }

        // Only requests made by our assemblies or by the dependencies we loaded; another module's
        // unresolved references are none of our business. A null requester (reflection-only paths) counts
        // as ours only when the file exists in our folder, which Resolve checks next.
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

        /// <summary>
        /// A private AssemblyLoadContext, reached through reflection because netstandard2.0 has no such type.
        /// Absent on .NET Framework, where <see cref="Assembly.LoadFrom(string)"/> is the isolation there is.
        /// </summary>
        private sealed class PrivateLoadContext
        {
            private readonly object _context;
            private readonly MethodInfo _loadFromAssemblyPath;

            private PrivateLoadContext(object context, MethodInfo loadFromAssemblyPath)
            {
                _context = context;
                _loadFromAssemblyPath = loadFromAssemblyPath;
            }

            public static PrivateLoadContext? TryCreate()
            {
                var type = Type.GetType("System.Runtime.Loader.AssemblyLoadContext, System.Runtime.Loader", throwOnError: false);
                var constructor = type?.GetConstructor(new[] { typeof(string), typeof(bool) });
                var load = type?.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
                if (constructor is null || load is null)
                {
                    return null;
                }

                return new PrivateLoadContext(constructor.Invoke(new object[] { "Altegio.Ps", false }), load);
            }

            public Assembly Load(string path) => (Assembly)_loadFromAssemblyPath.Invoke(_context, new object[] { path })!;
        }
    }
}
