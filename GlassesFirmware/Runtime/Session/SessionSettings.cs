using GlassesFirmware.Configuration;

namespace GlassesFirmware.Session
{
    /// <summary>
    /// Limits and time limits of a payment session, in milliseconds, minor units, percent and degrees
    /// Celsius. <see cref="FromConfig"/> reads the nf.config keys; the other values are fixed defaults.
    /// </summary>
    public sealed class SessionSettings
    {
        /// <summary>Defaults (the nf.config defaults for the configurable ones).</summary>
        public SessionSettings()
        {
            ArmTimeoutMs = 3000;
            ScanTimeoutMs = 8000;
            ScanMaxFps = 5;
            CheckUnitsPerStep = 100000;
            ChooseTimeoutMs = 15000;
            ResolveTimeoutMs = 10000;
            PromptTimeoutMs = 12000;
            PromptAttempts = 2;
            ConfirmTimeoutMs = 10000;
            AuthorizeTimeoutMs = 15000;
            AuthorizeMaxMs = 60000;
            DoneHoldMs = 2500;
            SettleQueryIntervalMs = 5000;
            Limits = new SessionLimits();
            Language = "en";
            AllowedHosts = new string[] { "qr.alipay.com" };
            ButtonConfirmation = true;
            StreamVoice = true;
            RefuseWalletDifferences = true;
        }

        /// <summary>Armed: the camera or scanner must deliver within this time.</summary>
        public int ArmTimeoutMs { get; set; }

        /// <summary>Scanning: time cap (scan.timeout.ms).</summary>
        public int ScanTimeoutMs { get; set; }

        /// <summary>Scanning: frames decoded per second at most (scan.max.fps).</summary>
        public int ScanMaxFps { get; set; }

        /// <summary>
        /// Understood to confirming: decoder work units (about one IL instruction each) per main-loop step while the rest
        /// of the frame a code was read from is searched for a second code, after the readback began. 100,000 is about
        /// 0.1 s on an ESP32, half the microphone ring, so a step still serves the microphone. A confirmation given
        /// before the search ends waits for the rest of it.
        /// </summary>
        public int CheckUnitsPerStep { get; set; }

        /// <summary>Choosing: time to pick one of several codes.</summary>
        public int ChooseTimeoutMs { get; set; }

        /// <summary>Understood: time for the wallet to resolve payee and amount.</summary>
        public int ResolveTimeoutMs { get; set; }

        /// <summary>Prompting: time to say the amount and for the wallet to understand it.</summary>
        public int PromptTimeoutMs { get; set; }

        /// <summary>Prompting: how often the wearer may be asked for the amount.</summary>
        public int PromptAttempts { get; set; }

        /// <summary>Confirming: time to confirm after the readback (confirm.timeout.ms).</summary>
        public int ConfirmTimeoutMs { get; set; }

        /// <summary>Authorizing: time for a decision; each wallet keepalive restarts it.</summary>
        public int AuthorizeTimeoutMs { get; set; }

        /// <summary>Authorizing: keepalives never extend the wait beyond this from entering the state.</summary>
        public int AuthorizeMaxMs { get; set; }

        /// <summary>Done: how long the outcome is shown before idle.</summary>
        public int DoneHoldMs { get; set; }

        /// <summary>Idle: how often an unsettled earlier request is asked about while the link is up.</summary>
        public int SettleQueryIntervalMs { get; set; }

        /// <summary>The amount cap, battery floor and temperature ceiling; never null.</summary>
        public SessionLimits Limits { get; private set; }

        /// <summary>Readback language (readback.language).</summary>
        public string Language { get; set; }

        /// <summary>Hosts whose URL payment codes may be forwarded (payment.allowed.hosts).</summary>
        public string[] AllowedHosts { get; set; }

        /// <summary>True to offer crypto-currency payment codes to the wallet (payment.crypto.allowed).</summary>
        public bool AllowCrypto { get; set; }

        /// <summary>True when a tap confirms as well as the voice (always true on glasses without a microphone).</summary>
        public bool ButtonConfirmation { get; set; }

        /// <summary>
        /// True when the glasses may stream voice to the wallet (a spoken amount, the spoken confirmation); on by default,
        /// on the stock image too (8 kHz mu-law, docs/performance.md, Voice). Without it a tap confirms, and a code that needs a spoken amount ends with
        /// <see cref="SessionError.VoiceUnavailable"/>; the microphone still serves the voice trigger.
        /// </summary>
        public bool StreamVoice { get; set; }

        /// <summary>
        /// What happens when the wallet's amount or currency differs from the code's: true (the default, the safe
        /// choice) refuses the payment with <see cref="SessionError.WalletDiffers"/> and cancels the request; false reads
        /// the wallet's values back and says the difference ("The wallet says US dollars, the code said Singapore
        /// dollars."). A different payee name is always read back with the code's name said too.
        /// </summary>
        public bool RefuseWalletDifferences { get; set; }

        /// <summary>Settings from a loaded, valid nf.config.</summary>
        public static SessionSettings FromConfig(DeviceConfig config)
        {
            var s = new SessionSettings();
            s.ScanTimeoutMs = (int)config.GetInteger("scan.timeout.ms");
            s.ScanMaxFps = (int)config.GetInteger("scan.max.fps");
            s.ConfirmTimeoutMs = (int)config.GetInteger("confirm.timeout.ms");
            s.Limits.MaxAmountMinor = config.GetInteger("limit.amount.max.minor");
            s.Limits.MinBatteryPercent = (int)config.GetInteger("limit.battery.min.percent");
            s.Limits.MaxTemperatureC = (int)config.GetInteger("limit.temperature.max.c");
            s.Language = config.GetText("readback.language");
            s.AllowedHosts = config.GetList("payment.allowed.hosts");
            s.AllowCrypto = config.GetBoolean("payment.crypto.allowed");
            return s;
        }
    }
}
