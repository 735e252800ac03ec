using GlassesFirmware.Decision;
using GlassesFirmware.Host.Adapters.Crypto;
using GlassesFirmware.Tests.Fakes;
using GlassesFirmware.Uplink.Client;

namespace GlassesFirmware.Host.WalletPeer.Faults
{
    /// <summary>
    /// The glasses of a scenario: the runtime's <see cref="WalletClient"/> over the simulated links and a record
    /// store that survives power cuts. <see cref="Boot"/> is a power-on: new RAM, the same records.
    /// </summary>
    public sealed class SimGlasses
    {
        private readonly FakeClock _clock;
        private readonly FaultPlan _plan;
        private readonly SimWallet _wallet;
        private readonly bool _frames;
        private readonly bool _https;
        private readonly int _fragmentLength;
        private readonly int _seed;
        private int _boots;

        /// <summary>Glasses with the chosen links to <paramref name="wallet"/>, not booted yet.</summary>
        public SimGlasses(FakeClock clock, FaultPlan plan, SimWallet wallet, bool frames, bool https)
        {
            _clock = clock;
            _plan = plan;
            _wallet = wallet;
            _frames = frames;
            _https = https;
            _fragmentLength = 20 + plan.Random.Next(180);
            _seed = plan.Random.Next();
            Store = new CuttableRecordStore(plan);
        }

        /// <summary>The flash.</summary>
        public CuttableRecordStore Store { get; }

        /// <summary>The client of the current power-on.</summary>
        public WalletClient Client { get; private set; }

        /// <summary>The BLE link of the current power-on, or null.</summary>
        public SimFrameLink FrameLink { get; private set; }

        /// <summary>The HTTPS link of the current power-on, or null.</summary>
        public SimRequestLink RequestLink { get; private set; }

        /// <summary>Power-on: new client and links over the stored records; false when the client cannot load them.</summary>
        public bool Boot()
        {
            Store.Reboot();
            FrameLink = _frames ? new SimFrameLink(_clock, _plan, _fragmentLength, () => _wallet, () => Store.Dead) : null;
            RequestLink = _https ? new SimRequestLink(_clock, _plan, () => _wallet, () => Store.Dead) : null;
            Client = new WalletClient(new DotNetCryptoPrimitives(), new SeededRandomSource(_seed + _boots++), Store, _clock, FrameLink, RequestLink);
            return Client.Load();
        }

        /// <summary>When something next arrives on a link, or long.MaxValue.</summary>
        public long DueMs => System.Math.Min(FrameLink?.DueMs ?? long.MaxValue, RequestLink?.DueMs ?? long.MaxValue);

        /// <summary>Lets the wallet's side of the BLE link take what arrived.</summary>
        public void Pump() => FrameLink?.Pump();

        /// <summary>The next event of the client, or null.</summary>
        public WalletEvent Poll()
        {
            WalletEvent e = new WalletEvent();
            return Client.Poll(e) ? e : null;
        }
    }
}
