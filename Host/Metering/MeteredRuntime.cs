using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace GlassesFirmware.Host.Metering
{
    /// <summary>
    /// A load context in which the portable runtime is the metered copy (<see cref="IlInstrumenter"/>: every basic block
    /// adds its IL count to <c>__IlCost.Count</c>). Host assemblies of the application folder that use the runtime
    /// (the simulator, the adapters, the test kit's fakes, the benchmarks) are loaded here again, bound to that copy,
    /// so a whole command runs metered while the adapters and fakes themselves stay uncounted, as the device's
    /// drivers are. Everything else (the framework, packages, this assembly) is shared with the default context.
    /// One per process, created on first use.
    /// </summary>
    public sealed class MeteredRuntime : AssemblyLoadContext
    {
        /// <summary>Name of the host-built runtime assembly.</summary>
        public const string RuntimeName = "GlassesFirmware.Runtime";

        private static readonly object Gate = new object();
        private static MeteredRuntime _shared;
        private readonly Dictionary<string, bool> _usesRuntime = new Dictionary<string, bool>();
        private readonly FieldInfo _count;

        private MeteredRuntime()
            : base("il-cost", isCollectible: false)
        {
            string source = Path.Combine(AppContext.BaseDirectory, RuntimeName + ".dll");
            string dir = Path.Combine(Path.GetTempPath(), "il-cost-" + Environment.ProcessId);
            Directory.CreateDirectory(dir);
            string target = Path.Combine(dir, RuntimeName + ".dll");
            IlInstrumenter.Instrument(source, target);
            Runtime = LoadFromAssemblyPath(target);
            _count = Runtime.GetType(IlInstrumenter.CounterType).GetField(IlInstrumenter.CounterField);
        }

        /// <summary>The process's metered context (the runtime is instrumented on first use: a few seconds).</summary>
        public static MeteredRuntime Shared
        {
            get
            {
                lock (Gate)
                {
                    return _shared ??= new MeteredRuntime();
                }
            }
        }

        /// <summary>The instrumented runtime assembly.</summary>
        public Assembly Runtime { get; }

        /// <summary>IL instructions the metered runtime has executed (on every thread) since the counter was last set.</summary>
        public long Count
        {
            get => (long)_count.GetValue(null);
            set => _count.SetValue(null, value);
        }

        /// <summary>
        /// Calls <paramref name="method"/> of the metered copy of <paramref name="hostType"/> (a type of an application
        /// assembly that uses the runtime): a static method, or an instance method of a new instance made with its
        /// parameterless constructor. Arguments and result must be of shared types (framework types).
        /// </summary>
        public object Call(Type hostType, string method, params object[] args)
        {
            Assembly copy = LoadFromAssemblyName(hostType.Assembly.GetName());
            Type type = copy.GetType(hostType.FullName, throwOnError: true);
            MethodInfo target = type.GetMethod(method) ?? throw new MissingMethodException(hostType.FullName, method);
            object instance = target.IsStatic ? null : Activator.CreateInstance(type);
            try
            {
                return target.Invoke(instance, args);
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }

        /// <inheritdoc />
        protected override Assembly Load(AssemblyName name)
        {
            if (name.Name == RuntimeName)
            {
                return Runtime;
            }
            string path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            lock (_usesRuntime)
            {
                return File.Exists(path) && UsesRuntime(path) ? LoadFromAssemblyPath(path) : null;
            }
        }

        // True when the assembly at path references the runtime, directly or through another application assembly.
        private bool UsesRuntime(string path)
        {
            if (_usesRuntime.TryGetValue(path, out bool known))
            {
                return known;
            }
            _usesRuntime[path] = false;
            bool uses = false;
            using (var pe = new PEReader(File.OpenRead(path)))
            {
                if (pe.HasMetadata)
                {
                    MetadataReader metadata = pe.GetMetadataReader();
                    foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
                    {
                        string referenced = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                        string next = Path.Combine(AppContext.BaseDirectory, referenced + ".dll");
                        if (referenced == RuntimeName || (File.Exists(next) && UsesRuntime(next)))
                        {
                            uses = true;
                            break;
                        }
                    }
                }
            }
            _usesRuntime[path] = uses;
            return uses;
        }
    }
}
