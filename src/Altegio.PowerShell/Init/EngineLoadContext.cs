using System.Collections.Concurrent;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace Altegio.PowerShell.Init
{
    /// <summary>
    /// The module's own load context on PowerShell 7 (the bridge pattern of PowerShell's guide to module
    /// assembly conflicts). The shared context's <c>Resolving</c> event, raised only when nothing there
    /// provides an assembly, answers one name, Altegio.Engine, with the copy in <c>dependencies</c> loaded
    /// here. Everything the engine references then comes through <see cref="Load"/> first, before the
    /// shared context is consulted: our copies from <c>dependencies</c>, so another module's
    /// Microsoft.Extensions.Http (older, newer, or a same-named assembly without its types) is never used.
    /// Altegio.Core is the exception: the engine and the cmdlets must see one set of Core types, so the
    /// shared copy is returned.
    /// </summary>
    internal sealed class EngineLoadContext : AssemblyLoadContext
    {
        private const string EngineName = "Altegio.Engine";

        private static readonly object Gate = new object();
        private static EngineLoadContext? _instance;

        private readonly string _directory;
        private readonly Assembly _core = typeof(AltegioSession).Assembly;
        private readonly Lazy<Dictionary<string, string>> _platform = new Lazy<Dictionary<string, string>>(ReadPlatformAssemblies);
        private readonly ConcurrentDictionary<string, bool> _platformWins = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

        private EngineLoadContext(string directory) => _directory = directory;

        /// <summary>Hooks the shared context; a second import hooks once.</summary>
        public static void Register(string directory)
        {
            lock (Gate)
            {
                _instance ??= new EngineLoadContext(directory);
            }

            Default.Resolving -= OnDefaultResolving;
            Default.Resolving += OnDefaultResolving;
        }

        /// <summary>
        /// Unhooks the shared context. An engine already loaded stays loaded (a load context that is not
        /// collectible cannot unload), and a later import reuses it.
        /// </summary>
        public static void Unregister() => Default.Resolving -= OnDefaultResolving;

        private static Assembly? OnDefaultResolving(AssemblyLoadContext context, AssemblyName name) =>
            string.Equals(name.Name, EngineName, StringComparison.OrdinalIgnoreCase) && _instance is { } engineContext
                ? engineContext.LoadFromAssemblyName(name)
                : null;

        /// <inheritdoc />
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var name = assemblyName.Name;
            if (string.IsNullOrEmpty(name))
            {
                return null;
            }

            if (string.Equals(name, _core.GetName().Name, StringComparison.OrdinalIgnoreCase))
            {
                return _core;
            }

            var path = Path.Combine(_directory, name + ".dll");
            if (!File.Exists(path) || PlatformWins(name!, path))
            {
                return null;
            }

            return LoadFromAssemblyPath(path);
        }

        // dependencies/ also holds what Windows PowerShell lacks (System.Text.Json, System.Memory, ...). Where
        // .NET or PowerShell itself ships an assembly in at least our version, theirs is used, as it would be
        // in the shared context: a second copy of a framework assembly would only split its types in two.
        // Nothing another module loads can change what the platform ships.
        private bool PlatformWins(string name, string path) => _platformWins.GetOrAdd(name, _ =>
            _platform.Value.TryGetValue(name, out var platformPath)
            && AssemblyName.GetAssemblyName(platformPath).Version >= AssemblyName.GetAssemblyName(path).Version);

        private static Dictionary<string, string> ReadPlatformAssemblies()
        {
            var assemblies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list)
            {
                foreach (var path in list.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
                {
                    assemblies[Path.GetFileNameWithoutExtension(path)] = path;
                }
            }

            return assemblies;
        }
    }
}
