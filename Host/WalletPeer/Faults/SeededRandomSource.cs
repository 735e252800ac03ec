using System;
using GlassesFirmware.Platform;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>The glasses' randomness from a seed, so a scenario's device ids, nonces and retry jitter repeat.</summary>
    public sealed class SeededRandomSource : IRandomSource
    {
        private readonly Random _random;

        /// <summary>A source seeded with <paramref name="seed"/>.</summary>
        public SeededRandomSource(int seed) => _random = new Random(seed);

        /// <inheritdoc />
        public void Fill(byte[] buffer, int offset, int count) => _random.NextBytes(buffer.AsSpan(offset, count));
    }
}
