using System.Collections.Generic;
using GlassesFirmware.Tests.Fakes;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// One direction of the simulated BLE link: fragments in flight with the time each arrives, through the frame
    /// faults (lost, duplicated, overtaking the one before, late, cut short, one bit flipped).
    /// </summary>
    public sealed class FragmentPipe
    {
        private readonly List<(long Due, double Order, byte[] Data)> _inFlight = new List<(long, double, byte[])>();
        private readonly FakeClock _clock;
        private readonly FaultPlan _plan;
        private double _order;

        /// <summary>An empty pipe.</summary>
        public FragmentPipe(FakeClock clock, FaultPlan plan)
        {
            _clock = clock;
            _plan = plan;
        }

        /// <summary>When the next fragment arrives, or long.MaxValue.</summary>
        public long DueMs
        {
            get
            {
                long due = long.MaxValue;
                foreach (var item in _inFlight)
                {
                    due = item.Due < due ? item.Due : due;
                }

                return due;
            }
        }

        /// <summary>Puts a fragment in flight, or loses it.</summary>
        public void Send(byte[] fragment)
        {
            if (_plan.Strikes(FaultKind.FrameDrop))
            {
                return;
            }

            byte[] data = _plan.Strikes(FaultKind.FrameTruncate) ? _plan.Cut(fragment) : fragment;
            if (data.Length == 0)
            {
                return;
            }

            if (_plan.Strikes(FaultKind.FrameCorrupt))
            {
                data = _plan.Flip(data);
            }

            long due = _clock.NowMs + 1 + (_plan.Strikes(FaultKind.FrameDelay) ? _plan.Random.Next(3_000) : 0);
            // Overtaking: ordered just before the fragment sent last, and due no later than it.
            bool overtakes = _inFlight.Count > 0 && _plan.Strikes(FaultKind.FrameReorder);
            double order = overtakes ? _inFlight[^1].Order - 0.5 : ++_order;
            if (overtakes && _inFlight[^1].Due < due)
            {
                due = _inFlight[^1].Due;
            }

            _inFlight.Add((due, order, data));
            if (_plan.Strikes(FaultKind.FrameDuplicate))
            {
                _inFlight.Add((due + 1, ++_order, data));
            }
        }

        /// <summary>The next fragment that has arrived by now, in arrival order, or null.</summary>
        public byte[] Take()
        {
            int best = -1;
            for (int i = 0; i < _inFlight.Count; i++)
            {
                var item = _inFlight[i];
                if (item.Due <= _clock.NowMs && (best < 0 || item.Due < _inFlight[best].Due || (item.Due == _inFlight[best].Due && item.Order < _inFlight[best].Order)))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return null;
            }

            byte[] data = _inFlight[best].Data;
            _inFlight.RemoveAt(best);
            return data;
        }

        /// <summary>Loses everything in flight (the connection dropped).</summary>
        public void Clear() => _inFlight.Clear();
    }
}
