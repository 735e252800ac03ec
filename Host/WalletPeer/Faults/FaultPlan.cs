using System;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// One scenario's faults, drawn from its seed: which kinds are on and how often they strike, and a count of
    /// each one injected. <see cref="Active"/> turns them all off for the final, fault-free question.
    /// </summary>
    public sealed class FaultPlan
    {
        private readonly Random _random;
        private readonly bool[] _enabled = new bool[Kinds];
        private readonly double _rate;

        /// <summary>Number of fault kinds.</summary>
        public const int Kinds = (int)FaultKind.PowerCut + 1;

        /// <summary>Draws the plan: each kind on with probability 0.3, striking 3-20 % of the chances it gets.</summary>
        public FaultPlan(Random random)
        {
            _random = random;
            for (int i = 0; i < Kinds; i++)
            {
                _enabled[i] = random.NextDouble() < 0.3;
            }

            _rate = 0.03 + random.NextDouble() * 0.17;
        }

        /// <summary>Faults injected so far, by kind.</summary>
        public int[] Injected { get; } = new int[Kinds];

        /// <summary>False turns every fault off.</summary>
        public bool Active { get; set; } = true;

        /// <summary>The scenario's random source (delays, bits to flip, where to cut).</summary>
        public Random Random => _random;

        /// <summary>True when <paramref name="kind"/> is on.</summary>
        public bool IsEnabled(FaultKind kind) => _enabled[(int)kind];

        /// <summary>Whether <paramref name="kind"/> strikes now (counted when it does).</summary>
        public bool Strikes(FaultKind kind)
        {
            if (!Active || !_enabled[(int)kind] || _random.NextDouble() >= _rate)
            {
                return false;
            }

            Injected[(int)kind]++;
            return true;
        }

        /// <summary>Counts a fault injected by a decision taken elsewhere (a power cut at a chosen write).</summary>
        public void Count(FaultKind kind) => Injected[(int)kind]++;

        /// <summary>A copy of <paramref name="data"/> with one random bit flipped.</summary>
        public byte[] Flip(byte[] data)
        {
            byte[] copy = (byte[])data.Clone();
            if (copy.Length > 0)
            {
                copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
            }

            return copy;
        }

        /// <summary>The first 0 .. n-1 bytes of <paramref name="data"/>.</summary>
        public byte[] Cut(byte[] data) => data.AsSpan(0, data.Length == 0 ? 0 : _random.Next(data.Length)).ToArray();
    }
}
