namespace GlassesFirmware.Configuration
{
    /// <summary>
    /// Every key nf.config may hold. The device validates its file against this table at boot and the
    /// host validator (glasses-sim config check) uses the same table, so the two can never disagree.
    /// docs/configuration.md documents each key.
    /// </summary>
    public static class ConfigSchema
    {
        /// <summary>Highest GPIO number on the supported chips (ESP32-S3 has GPIO 0-48).</summary>
        public const int MaxGpio = 48;

        private static readonly string[] Boards = { "xiao-esp32s3-sense", "esp32-cam", "esp32-s3-eye", "esp32-generic-scanner" };
        private static readonly string[] MicKinds = { "pdm", "i2s", "none" };
        private static readonly string[] CaptureKinds = { "camera", "uart-scanner" };
        private static readonly string[] Transports = { "ble", "https", "ble-then-https" };
        private static readonly string[] Languages = { "en", "zh" };
        private static readonly string[] CameraFrames = { "240x240", "qvga" };

        /// <summary>All keys, in the order docs/configuration.md lists them.</summary>
        public static readonly ConfigKey[] Keys =
        {
            new ConfigKey("board.profile", ConfigValueType.Choice, 0, 0, Boards, null, "Board the firmware runs on; selects camera, microphone and memory plan."),
            new ConfigKey("capture.kind", ConfigValueType.Choice, 0, 0, CaptureKinds, "camera", "Where QR codes come from: the camera and on-device decoder, or a UART scanner module."),
            new ConfigKey("mic.kind", ConfigValueType.Choice, 0, 0, MicKinds, "pdm", "Microphone interface: PDM (XIAO ESP32S3 Sense), I2S MEMS (INMP441), or none."),

            new ConfigKey("pin.button", ConfigValueType.Pin, -1, MaxGpio, null, null, "GPIO of the trigger button (active low, internal pull-up)."),
            new ConfigKey("pin.led", ConfigValueType.Pin, -1, MaxGpio, null, "-1", "GPIO of the status LED, -1 if none."),
            new ConfigKey("pin.haptic", ConfigValueType.Pin, -1, MaxGpio, null, "-1", "GPIO driving the vibration motor (PWM), -1 if none."),
            new ConfigKey("pin.mic.clock", ConfigValueType.Pin, -1, MaxGpio, null, "-1", "Microphone clock (PDM CLK or I2S BCK)."),
            new ConfigKey("pin.mic.data", ConfigValueType.Pin, -1, MaxGpio, null, "-1", "Microphone data in."),
            new ConfigKey("pin.mic.ws", ConfigValueType.Pin, -1, MaxGpio, null, "-1", "I2S word select; -1 for PDM microphones."),
            new ConfigKey("pin.scanner.tx", ConfigValueType.Pin, -1, MaxGpio, null, "-1", "UART TX towards an external QR scanner."),
            new ConfigKey("pin.scanner.rx", ConfigValueType.Pin, -1, MaxGpio, null, "-1", "UART RX from an external QR scanner."),
            new ConfigKey("pin.battery", ConfigValueType.Pin, -1, MaxGpio, null, "-1", "ADC1 GPIO reading the battery through a voltage divider, -1 if none."),
            new ConfigKey("battery.divider.permille", ConfigValueType.Integer, 1000, 10000, null, "2000", "Battery divider ratio (R1 + R2) / R2 times 1000; 2000 for two equal resistors."),
            new ConfigKey("led.active.low", ConfigValueType.Boolean, 0, 0, null, "false", "The status LED lights when its GPIO is low (XIAO ESP32S3 user LED, ESP32-CAM red LED)."),
            new ConfigKey("scanner.baud", ConfigValueType.Integer, 1200, 921600, null, "9600", "UART speed of the external QR scanner (M5Stack ATOM QR default 9600)."),
            new ConfigKey("camera.frame", ConfigValueType.Choice, 0, 0, CameraFrames, "240x240", "Grey frame the camera delivers to the decoder: 240x240 or QVGA (320x240)."),
            new ConfigKey("sleep.idle.ms", ConfigValueType.Integer, 0, 3600000, null, "60000", "Light-sleep with button wake after this long idle; 0 never sleeps."),

            new ConfigKey("trigger.button", ConfigValueType.Boolean, 0, 0, null, "true", "A button press arms a payment."),
            new ConfigKey("trigger.voice", ConfigValueType.Boolean, 0, 0, null, "false", "Speech detected by the voice activity detector arms a payment."),
            new ConfigKey("trigger.wakeword", ConfigValueType.Boolean, 0, 0, null, "false", "A native wake-word event (custom firmware builds) arms a payment."),
            new ConfigKey("button.debounce.ms", ConfigValueType.Integer, 5, 200, null, "30", "Edges closer than this are contact bounce."),
            new ConfigKey("button.doubletap.ms", ConfigValueType.Integer, 100, 1000, null, "350", "Longest gap between the taps of a double tap."),
            new ConfigKey("button.longpress.ms", ConfigValueType.Integer, 300, 5000, null, "800", "Shortest hold that counts as a long press."),

            new ConfigKey("scan.timeout.ms", ConfigValueType.Integer, 1000, 60000, null, "8000", "Give up looking for a QR code after this long."),
            new ConfigKey("scan.max.fps", ConfigValueType.Integer, 1, 30, null, "5", "Frames decoded per second at most while scanning (heat and battery)."),
            new ConfigKey("confirm.timeout.ms", ConfigValueType.Integer, 2000, 60000, null, "10000", "How long the wearer has to confirm after the readback."),

            new ConfigKey("transport.preference", ConfigValueType.Choice, 0, 0, Transports, "ble-then-https", "Uplink to the wallet: phone over BLE, wallet backend over HTTPS, or BLE first."),
            new ConfigKey("ble.device.name", ConfigValueType.Text, 1, 29, null, "GlassesPay", "Advertised BLE name (29 bytes fit a legacy advertisement beside the flags)."),
            new ConfigKey("wifi.ssid", ConfigValueType.Text, 0, 32, null, "", "Wi-Fi network for the HTTPS uplink; empty disables Wi-Fi."),

            new ConfigKey("payment.allowed.hosts", ConfigValueType.HostList, 0, 512, null, "qr.alipay.com", "URL payment codes are forwarded to the wallet only for these hosts; others are refused."),
            new ConfigKey("payment.crypto.allowed", ConfigValueType.Boolean, 0, 0, null, "false", "Offer crypto-currency payment codes (bitcoin:, lightning:, ethereum:) to the wallet; by default they are refused."),
            new ConfigKey("readback.language", ConfigValueType.Choice, 0, 0, Languages, "en", "Language of the sentence read back before confirmation."),
            new ConfigKey("limit.amount.max.minor", ConfigValueType.Integer, 0, 100000000000, null, "0", "Refuse amounts above this many minor units on the glasses; 0 leaves limits to the wallet."),
            new ConfigKey("limit.battery.min.percent", ConfigValueType.Integer, 0, 100, null, "10", "Do not start a payment below this battery level."),
            new ConfigKey("limit.temperature.max.c", ConfigValueType.Integer, 30, 90, null, "70", "Stop scanning above this chip temperature.")
        };

        /// <summary>Returns the index of <paramref name="name"/> in <see cref="Keys"/>, or -1.</summary>
        public static int IndexOf(string name)
        {
            for (int i = 0; i < Keys.Length; i++)
            {
                if (Keys[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
