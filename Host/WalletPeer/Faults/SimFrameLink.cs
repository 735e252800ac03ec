using System;
using System.Collections.Generic;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Framing;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// The BLE frame link in simulated time: the glasses' <see cref="IFrameLink"/> on one side, the wallet's
    /// <see cref="FrameChannel"/> (as the peer's frame connection runs it) on the other, a <see cref="FragmentPipe"/>
    /// each way. A disconnect drops the connection in the middle of a frame: everything in flight is lost, both
    /// reassemblies start over, and the link is back 1 s later.
    /// </summary>
    public sealed class SimFrameLink : IFrameLink
    {
        private const int DownMs = 1_000;
        private readonly FakeClock _clock;
        private readonly FaultPlan _plan;
        private readonly Func<SimWallet> _wallet;
        private readonly Func<bool> _dead;
        private readonly FragmentPipe _toWallet;
        private readonly FragmentPipe _toGlasses;
        private WalletEnd _walletEnd;
        private long _downUntilMs;

        /// <summary>A connected link with a control-point length of <paramref name="maxFragmentLength"/>.</summary>
        public SimFrameLink(FakeClock clock, FaultPlan plan, int maxFragmentLength, Func<SimWallet> wallet, Func<bool> dead)
        {
            _clock = clock;
            _plan = plan;
            _wallet = wallet;
            _dead = dead;
            MaxFragmentLength = maxFragmentLength;
            _toWallet = new FragmentPipe(clock, plan);
            _toGlasses = new FragmentPipe(clock, plan);
            _walletEnd = new WalletEnd(this);
        }

        /// <inheritdoc />
        public bool IsConnected => !_dead() && _clock.NowMs >= _downUntilMs;

        /// <inheritdoc />
        public int MaxFragmentLength { get; }

        /// <summary>When something next arrives at either end, or long.MaxValue.</summary>
        public long DueMs => Math.Min(_toWallet.DueMs, _toGlasses.DueMs);

        /// <inheritdoc />
        public bool Send(byte[] data, int offset, int count)
        {
            if (!IsConnected || count < 1 || count > MaxFragmentLength)
            {
                return false;
            }

            if (_plan.Strikes(FaultKind.FrameDisconnect))
            {
                // Accepted by the radio, then the connection is gone with everything in flight.
                _downUntilMs = _clock.NowMs + DownMs;
                _toWallet.Clear();
                _toGlasses.Clear();
                _walletEnd = new WalletEnd(this);
                return true;
            }

            _toWallet.Send(data.AsSpan(offset, count).ToArray());
            return true;
        }

        /// <inheritdoc />
        public int Receive(byte[] buffer, int offset, int capacity)
        {
            return Deliver(IsConnected ? _toGlasses.Take() : null, buffer, offset, capacity);
        }

        /// <summary>The wallet's side: takes what has arrived, reassembles, answers (and times out partial frames).</summary>
        public void Pump()
        {
            byte[] fragment;
            while ((fragment = _toWallet.Take()) != null)
            {
                _walletEnd.Arrived.Enqueue(fragment);
                _walletEnd.Run();
            }

            _walletEnd.Run();
        }

        // IFrameLink.Receive of one fragment (null: nothing arrived).
        private static int Deliver(byte[] fragment, byte[] buffer, int offset, int capacity)
        {
            if (fragment == null)
            {
                return 0;
            }

            if (fragment.Length > capacity)
            {
                return FrameLinkLimits.TooLong;
            }

            Buffer.BlockCopy(fragment, 0, buffer, offset, fragment.Length);
            return fragment.Length;
        }

        // The wallet's frame connection: its own FrameChannel over this end of the link.
        private sealed class WalletEnd : IFrameLink
        {
            private readonly SimFrameLink _link;
            private readonly FrameChannel _channel;

            public WalletEnd(SimFrameLink link)
            {
                _link = link;
                _channel = new FrameChannel(this);
            }

            public Queue<byte[]> Arrived { get; } = new Queue<byte[]>();

            public bool IsConnected => _link.IsConnected;

            public int MaxFragmentLength => _link.MaxFragmentLength;

            public bool Send(byte[] data, int offset, int count)
            {
                if (IsConnected)
                {
                    _link._toGlasses.Send(data.AsSpan(offset, count).ToArray());
                }

                return IsConnected;
            }

            public int Receive(byte[] buffer, int offset, int capacity)
            {
                return Deliver(Arrived.Count == 0 ? null : Arrived.Dequeue(), buffer, offset, capacity);
            }

            // As the peer's FrameConnection: PING echoed, MSG handled and answered (sealed, or ERROR with the refusal).
            public void Run()
            {
                FrameResult result;
                while ((result = _channel.Receive(_link._clock.NowMs)) != FrameResult.NeedMore)
                {
                    FrameAssembler frame = _channel.Received;
                    if (result != FrameResult.Complete)
                    {
                        // A broken frame: the channel answered it with ERROR already.
                        continue;
                    }

                    if (frame.Command == FrameCommand.Ping)
                    {
                        _channel.Send(FrameCommand.Ping, frame.Data, 0, frame.Length);
                    }
                    else if (frame.Command == FrameCommand.Message)
                    {
                        PeerAnswer answer = _link._wallet().Handle(frame.Data.AsSpan(0, frame.Length).ToArray(), null);
                        if (answer?.Body != null)
                        {
                            _channel.Send(FrameCommand.Message, answer.Body, 0, answer.Body.Length);
                        }
                        else if (answer != null)
                        {
                            _channel.SendByte(FrameCommand.Error, (byte)answer.Refusal);
                        }
                    }
                }
            }
        }
    }
}
