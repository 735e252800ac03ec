using GlassesFirmware.Platform;


namespace GlassesFirmware.Tests.Fakes
{
    /// <summary>Deterministic "random" bytes for device tests: a running counter, so ids and epochs are known.</summary>
    public sealed class CountingRandom : IRandomSource
    {
        private int _next;

        /// <summary>Counts from 0.</summary>
        public CountingRandom()
        {
        }

        /// <summary>Counts from <paramref name="first"/> (the first byte handed out).</summary>
        public CountingRandom(int first)
        {
            _next = first;
        }

        /// <inheritdoc />
        public void Fill(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (byte)_next++;
            }
        }
    }
}
