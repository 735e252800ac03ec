using System.Diagnostics;
using System.Threading;
using GlassesFirmware.Board;
using GlassesFirmware.Confirmation;
using GlassesFirmware.Configuration;
using GlassesFirmware.Decision;
using GlassesFirmware.Frame;
using GlassesFirmware.Hardware.Composition;
using GlassesFirmware.Hardware.Crypto;
using GlassesFirmware.Hardware.Storage;
using GlassesFirmware.Session;
using GlassesFirmware.Session.Loop;
using GlassesFirmware.Trigger;
using GlassesFirmware.Uplink.Client;
#if GLASSES_CAMERA
using GlassesFirmware.Hardware.Camera;
#endif
#if GLASSES_NATIVE_VOICE
using GlassesFirmware.Hardware.Voice;
#endif
#if GLASSES_NATIVE_QR
using GlassesFirmware.Hardware.QrKernels;
#endif

namespace GlassesFirmware
{
    /// <summary>
    /// Device entry point: the composition root that wires the portable runtime to the ESP32 adapters from
    /// nf.config, then runs the runtime's <see cref="MainLoop"/>, pausing between steps. Without a valid configuration whose pins fit the board the
    /// glasses never pay: they stay idle and print why.
    /// </summary>
    public class Program
    {
        /// <summary>Boots the glasses.</summary>
        public static void Main()
        {
            DeviceConfig config = ConfigFile.LoadValid();
            BoardProfile board = config == null ? null : Boards.Find(config.GetText("board.profile"));
            if (board == null)
            {
                // Stay up so the debugger and a fresh `nanoff --filedeployment` can reach the device.
                Thread.Sleep(Timeout.Infinite);
            }

            Debug.WriteLine("GlassesFirmware: board " + board.Name + ", capture " + config.GetText("capture.kind") + ", uplink " + config.GetText("transport.preference"));
            GlassesDevice device = GlassesDevice.Create(config, board);
            IFrameSource camera = CreateCamera(config, board, device);

            WalletClient wallet = CreateWallet(device);
            SessionPorts ports = device.Ports(camera, wallet == null ? (IWalletClient)new NoWalletLink() : wallet);
            SessionSettings settings = SessionSettings.FromConfig(config);
#if GLASSES_NATIVE_VOICE
            // Needs an image with GlassesFirmware.Voice (docs/custom-firmware.md): 16 kHz IMA ADPCM in C.
            ports.VoiceEncoder = new NativeImaAdpcm();
#else
            // The stock image: 16 kHz mu-law from a table, within the interpreter's voice budget (docs/performance.md, Voice);
            // the wallet's recognizer hears it much better than 8 kHz (docs/wallet-peer.md, Recognition).
            ports.VoiceEncoder = new MuLawEncoder(VoiceCodec.MuLaw16k);
#endif
            if (wallet != null)
            {
                wallet.VoiceCodec = ports.VoiceEncoder.Codec;
            }
#if GLASSES_NATIVE_QR
            // Needs an image with GlassesFirmware.QrKernels (docs/custom-firmware.md): threshold map, finder scan and
            // grid sampling in C; without it (the default) the decoder runs its managed kernels.
            ports.QrKernels = new NativeQrKernels();
#endif

            PaymentSession session = new PaymentSession(
                ports,
                settings,
                GestureTiming.FromConfig(config),
                config.GetBoolean("trigger.voice"),
                config.GetBoolean("trigger.wakeword"));
            MainLoop loop = new MainLoop(session, device.LoopPorts(wallet == null ? null : new WalletPairing(wallet)), (int)config.GetInteger("sleep.idle.ms"));
            loop.Start();
            while (true)
            {
                // The pause lets the ESP-IDF idle task (and its task watchdog) run.
                Thread.Sleep(loop.Step());
            }
        }

        // The uplink over whichever links this board has; null (and NoWalletLink) when it has neither.
        private static WalletClient CreateWallet(GlassesDevice device)
        {
            if (device.Ble == null && device.Https == null)
            {
                Debug.WriteLine("GlassesFirmware: no BLE and no HTTPS link: the glasses cannot reach a wallet");
                return null;
            }

            WalletClient wallet = new WalletClient(new NanoCryptoPrimitives(), device.Random, device.Store, device.Clock, device.Ble, device.Https);
            if (!wallet.Load())
            {
                Debug.WriteLine("GlassesFirmware: the stored pairing cannot be read; pair again (tap, then press and hold)");
            }

            return wallet;
        }

        // The camera needs the custom image and the Camera build of this project (docs/custom-firmware.md).
        private static IFrameSource CreateCamera(DeviceConfig config, BoardProfile board, GlassesDevice device)
        {
            if (config.GetText("capture.kind") != "camera")
            {
                return null;
            }

#if GLASSES_CAMERA
            int index = System.Array.IndexOf(Boards.All, board);
            string frame = config.GetText("camera.frame");
            device.Power.ExternalTemperature = CameraFrameSource.ReadChipTemperature;
            Debug.WriteLine("GlassesFirmware: camera " + frame);
            return new CameraFrameSource(index, Boards.FrameWidth(frame), Boards.FrameHeight(frame));
#else
            Debug.WriteLine("GlassesFirmware: capture.kind = camera needs the camera build and image (docs/custom-firmware.md); no capture source");
            return null;
#endif
        }
    }
}
