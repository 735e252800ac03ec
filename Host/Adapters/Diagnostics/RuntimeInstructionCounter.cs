using System;
using System.Reflection;
using GlassesFirmware.Diagnostics;
using GlassesFirmware.Host.Metering;

namespace GlassesFirmware.Host.Adapters.Diagnostics
{
    /// <summary>
    /// The IL counter of the runtime this adapter is bound to, when that runtime is the metered copy
    /// (<see cref="MeteredRuntime"/>): what a session composed in a metered run reports as its instructions.
    /// </summary>
    public sealed class RuntimeInstructionCounter : IInstructionCounter
    {
        private readonly FieldInfo _count;

        private RuntimeInstructionCounter(FieldInfo count)
        {
            _count = count;
        }

        /// <summary>The counter of the runtime in use, or null when it is the plain host build (nothing is counted).</summary>
        public static RuntimeInstructionCounter OfThisRuntime()
        {
            Type counter = typeof(IInstructionCounter).Assembly.GetType(IlInstrumenter.CounterType);
            return counter == null ? null : new RuntimeInstructionCounter(counter.GetField(IlInstrumenter.CounterField));
        }

        /// <inheritdoc />
        public long Executed => (long)_count.GetValue(null);
    }
}
