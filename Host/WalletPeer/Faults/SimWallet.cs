using System;
using System.Security.Cryptography;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Messages;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// The reference wallet's protocol on one SQLite file, in simulated time, that the campaign kills: between two
    /// messages (<see cref="FaultKind.WalletRestart"/>) or after a message committed and before its answer left
    /// (<see cref="FaultKind.WalletCrashAfterCommit"/>). A restart opens the same file with new RAM.
    /// </summary>
    public sealed class SimWallet : IDisposable
    {
        /// <summary>Unix milliseconds of the simulated time origin: the wallet's wall clock starts here.</summary>
        public const long UnixOriginMs = 1_800_000_000_000;

        private static readonly byte[] Certificate = { 0x30, 0x03, 0x02, 0x01, 0x01 };
        private readonly string _path;
        private readonly FakeClock _clock;
        private readonly FaultPlan _plan;
        private readonly DecisionPolicy _policy;
        private bool _crashNow;

        /// <summary>Starts the wallet on <paramref name="path"/>.</summary>
        public SimWallet(string path, FakeClock clock, FaultPlan plan, DecisionPolicy policy)
        {
            _path = path;
            _clock = clock;
            _plan = plan;
            _policy = policy;
            Start();
        }

        /// <summary>The wallet's database (for the invariants).</summary>
        public WalletStore Store { get; private set; }

        /// <summary>The wallet's protocol.</summary>
        public WalletProtocol Protocol { get; private set; }

        /// <summary>The pairing QR text of a fresh offer.</summary>
        public string CreateOffer() => Protocol.CreateOffer("https://127.0.0.1:1/", "tcp://127.0.0.1:2", SHA256.HashData(Certificate));

        /// <summary>
        /// Handles one routed message as the wallet process would, unless it dies: null when the process was killed
        /// before answering (it is already started again).
        /// </summary>
        public PeerAnswer Handle(byte[] routed, string idempotencyKey)
        {
            if (_plan.Strikes(FaultKind.WalletRestart))
            {
                Restart();
            }

            _crashNow = _plan.Strikes(FaultKind.WalletCrashAfterCommit);
            try
            {
                return Protocol.Handle(routed, idempotencyKey);
            }
            catch (WalletKilled)
            {
                Restart();
                return null;
            }
        }

        /// <summary>Kills the process and starts it again on the same file.</summary>
        public void Restart()
        {
            Store.Dispose();
            Start();
        }

        /// <inheritdoc />
        public void Dispose() => Store.Dispose();

        private void Start()
        {
            Store = new WalletStore(_path);
            byte[] walletId = Store.Meta("wallet_id", () => RandomNumberGenerator.GetBytes(16));
            Protocol = new WalletProtocol(Store, new DotNetCryptoPrimitives(), _policy, new MarkerVoiceVerifier(), walletId, Certificate, () => UnixOriginMs + _clock.NowMs)
            {
                AfterCommit = Killed,
            };
        }

        private void Killed(MessageType handled)
        {
            if (_crashNow)
            {
                _crashNow = false;
                throw new WalletKilled();
            }
        }

        // The process died: nothing after the commit happens.
        private sealed class WalletKilled : Exception
        {
        }
    }
}
