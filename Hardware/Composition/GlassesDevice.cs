using System;
using System.Device.Gpio;
using System.Diagnostics;
using GlassesFirmware.Board;
using GlassesFirmware.Configuration;
using GlassesFirmware.Decision;
using GlassesFirmware.Frame;
using GlassesFirmware.Hardware.Audio;
using GlassesFirmware.Hardware.Diagnostics;
using GlassesFirmware.Hardware.Feedback;
using GlassesFirmware.Hardware.Frame;
using GlassesFirmware.Hardware.Links;
using GlassesFirmware.Hardware.Network;
using GlassesFirmware.Hardware.Power;
using GlassesFirmware.Hardware.Platform;
using GlassesFirmware.Hardware.Storage;
using GlassesFirmware.Hardware.Trigger;
using GlassesFirmware.Session;
using GlassesFirmware.Session.Loop;
using GlassesFirmware.Storage;
using GlassesFirmware.Uplink.Links;

namespace GlassesFirmware.Hardware.Composition
{
    /// <summary>
    /// Every ESP32 adapter of one pair of glasses, built from a validated nf.config and its board profile: the
    /// adapters a board does not have stay null (no microphone with mic.kind = none, no scanner on camera
    /// boards, no Wi-Fi without wifi.ssid). The camera lives in its own interop assembly and the wallet client in
    /// the uplink, so the application passes both to <see cref="Ports"/>. Building never throws: an adapter that
    /// fails to start is logged and left out, and the session then reports the missing capability.
    /// </summary>
    public sealed class GlassesDevice : IDeviceSleep
    {
        private const string BootCountRecord = "boot.count";
        private const string WifiPasswordRecord = "wifi.psk";
        private const int WifiJoinTimeoutMs = 20000;
        private const int HttpsAttemptTimeoutMs = 10000;

        private GlassesDevice()
        {
        }

        /// <summary>The board profile.</summary>
        public BoardProfile Board { get; private set; }

        /// <summary>Monotonic clock.</summary>
        public TickClock Clock { get; private set; }

        /// <summary>Power-safe records on the internal flash.</summary>
        public PowerSafeRecordStore Store { get; private set; }

        /// <summary>Trigger button, or null when pin.button = -1.</summary>
        public GpioButton Button { get; private set; }

        /// <summary>LED and haptic.</summary>
        public LedHapticFeedback Feedback { get; private set; }

        /// <summary>Battery and temperature.</summary>
        public AdcPowerMonitor Power { get; private set; }

        /// <summary>Microphone, or null.</summary>
        public I2sMicrophone Microphone { get; private set; }

        /// <summary>UART scanner, or null.</summary>
        public UartQrScanner Scanner { get; private set; }

        /// <summary>BLE frame link to the wallet's phone, or null when the image has no BLE.</summary>
        public BleFrameLink Ble { get; private set; }

        /// <summary>Wi-Fi, or null without wifi.ssid.</summary>
        public WifiConnection Wifi { get; private set; }

        /// <summary>Joins Wi-Fi on its own thread, or null without Wi-Fi.</summary>
        public WifiJoiner WifiJoin { get; private set; }

        /// <summary>HTTPS request link, or null without Wi-Fi.</summary>
        public HttpsRequestLink Https { get; private set; }

        /// <summary>Sleep with button wake.</summary>
        public SleepController Sleep { get; private set; }

        /// <summary>Diagnostics read-out.</summary>
        public DiagnosticsReporter Diagnostics { get; private set; }

        /// <summary>Random bytes for the runtime.</summary>
        public EspRandomSource Random { get; private set; }

        /// <summary>Builds the adapters for <paramref name="config"/> on <paramref name="board"/>.</summary>
        public static GlassesDevice Create(DeviceConfig config, BoardProfile board)
        {
            GlassesDevice d = new GlassesDevice();
            d.Board = board;
            d.Clock = new TickClock();
            d.Random = new EspRandomSource();
            d.Store = new PowerSafeRecordStore(new FlashRecordSlots(FlashRecordSlots.InternalDrive));
            int boots = d.CountBoot();
            d.Diagnostics = new DiagnosticsReporter(d.Clock, boots, SleepController.WakeCause);
            d.Diagnostics.Store = d.Store;

            GpioController gpio = new GpioController();
            int button = (int)config.GetInteger("pin.button");
            d.Sleep = new SleepController(button);
            if (button >= 0)
            {
                d.Button = Try(delegate { return new GpioButton(gpio, button, d.Clock); }, "button") as GpioButton;
                d.Diagnostics.Button = d.Button;
            }

            d.Feedback = new LedHapticFeedback(gpio, (int)config.GetInteger("pin.led"), config.GetBoolean("led.active.low"), (int)config.GetInteger("pin.haptic"), d.Clock);
            d.Power = new AdcPowerMonitor(board, (int)config.GetInteger("pin.battery"), (int)config.GetInteger("battery.divider.permille"));
            d.Diagnostics.Power = d.Power;

            string mic = config.GetText("mic.kind");
            if (mic != "none")
            {
                d.Microphone = new I2sMicrophone(mic == "pdm", (int)config.GetInteger("pin.mic.clock"), (int)config.GetInteger("pin.mic.data"), (int)config.GetInteger("pin.mic.ws"));
                d.Diagnostics.Microphone = d.Microphone;
            }

            if (config.GetText("capture.kind") == "uart-scanner")
            {
                d.Scanner = Try(delegate { return new UartQrScanner((int)config.GetInteger("pin.scanner.tx"), (int)config.GetInteger("pin.scanner.rx"), (int)config.GetInteger("scanner.baud"), d.Clock); }, "scanner") as UartQrScanner;
                d.Diagnostics.Scanner = d.Scanner;
            }

            string transport = config.GetText("transport.preference");
            if (transport != "https")
            {
                BleFrameLink ble = new BleFrameLink(config.GetText("ble.device.name"));
                d.Ble = ble.Start() ? ble : null;
                d.Diagnostics.Ble = d.Ble;
            }

            string ssid = config.GetText("wifi.ssid");
            if (transport != "ble" && ssid.Length > 0)
            {
                d.Wifi = new WifiConnection(ssid, d.ReadText(WifiPasswordRecord), WifiJoinTimeoutMs);
                d.WifiJoin = new WifiJoiner(d.Wifi);
                d.Https = new HttpsRequestLink(d.Wifi, HttpsAttemptTimeoutMs, new RetrySchedule(500, 8000, 4));
            }

            return d;
        }

        /// <summary>The session's ports, with the application's <paramref name="camera"/> (or null) and <paramref name="wallet"/>.</summary>
        public SessionPorts Ports(IFrameSource camera, IWalletClient wallet)
        {
            SessionPorts ports = new SessionPorts();
            ports.Clock = Clock;
            ports.Feedback = Feedback;
            ports.Wallet = wallet;
            ports.Store = Store;
            ports.Power = Power;
            ports.Camera = camera;
            ports.Scanner = Scanner;
            ports.Button = Button;
            ports.Random = Random;
            ports.Microphone = Microphone;
            return ports;
        }

        /// <summary>The main loop's ports, with the uplink's <paramref name="pairing"/> (or null without a link).</summary>
        public LoopPorts LoopPorts(IPairingUplink pairing)
        {
            LoopPorts ports = new LoopPorts();
            ports.Clock = Clock;
            ports.Feedback = Feedback;
            ports.Pairing = pairing;
            ports.PairingWindow = Ble;
            ports.Sleep = this;
            ports.Network = WifiJoin;
            ports.Diagnostics = Diagnostics;
            return ports;
        }

        /// <summary>Stops the radios and light-sleeps until the button; restarts the radios after. False when it did not sleep.</summary>
        public bool SleepUntilButton()
        {
            if (Ble != null)
            {
                Ble.Stop();
            }

            if (Wifi != null && Wifi.IsConnected)
            {
                Wifi.Disconnect();
            }

            bool slept = Sleep.LightSleepUntilButton();

            // ext0 left the button pad on the RTC IO mux, where digital reads and edge interrupts do not see it.
            if (Button != null)
            {
                Button.Rearm();
            }

            if (Ble != null)
            {
                Ble.Start();
            }

            return slept;
        }

        private delegate object Factory();

        // Builds one adapter; a failure is logged and leaves the capability out instead of stopping the boot.
        private static object Try(Factory factory, string what)
        {
            try
            {
                return factory();
            }
            catch (Exception e)
            {
                Debug.WriteLine(what + " unavailable: " + e.Message);
                return null;
            }
        }

        private int CountBoot()
        {
            byte[] count = new byte[4];
            int n = Store.Read(BootCountRecord, count, 0, 4);
            int boots = n == 4 ? count[0] | (count[1] << 8) | (count[2] << 16) | (count[3] << 24) : 0;
            boots++;
            count[0] = (byte)boots;
            count[1] = (byte)(boots >> 8);
            count[2] = (byte)(boots >> 16);
            count[3] = (byte)(boots >> 24);
            Store.Write(BootCountRecord, count, 0, 4);
            return boots;
        }

        // An ASCII record as a string, or null when absent.
        private string ReadText(string record)
        {
            byte[] bytes = new byte[64];
            int n = Store.Read(record, bytes, 0, bytes.Length);
            if (n <= 0)
            {
                return null;
            }

            char[] chars = new char[n];
            for (int i = 0; i < n; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
