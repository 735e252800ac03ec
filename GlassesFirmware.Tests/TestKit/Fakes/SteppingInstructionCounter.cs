using GlassesFirmware.Diagnostics;

namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>
    /// An instruction counter that advances by <see cref="Step"/> at every reading, so a figure made of readings says
    /// how many readings were taken between its marks (which stage the session charged what to).
    /// </summary>
    public sealed class SteppingInstructionCounter : IInstructionCounter
    {
        /// <summary>Instructions added per reading.</summary>
        public const long Step = 1000;

        /// <summary>Readings taken so far.</summary>
        public int Readings;

        /// <inheritdoc />
        public long Executed
        {
            get
            {
                Readings++;
                return Readings * Step;
            }
        }
    }
}
