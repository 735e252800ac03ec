using System.Collections;
using GlassesFirmware.Configuration;

namespace GlassesFirmware.Board
{
    /// <summary>
    /// Checks a valid nf.config against its board profile: every pin exists on the chip, is not used by the
    /// board itself (flash, PSRAM, camera, USB), outputs are not input-only GPIOs, the button can wake the
    /// chip from sleep, the battery pin is on ADC1, and the capture and microphone kinds have the pins and
    /// hardware they need. Issues use the configuration's codes and carry line 0 (the key names the line).
    /// </summary>
    public static class BoardCheck
    {
        private const int Input = 0;
        private const int Output = 1;

        private static readonly string[] PinKeys = { "pin.button", "pin.led", "pin.haptic", "pin.mic.clock", "pin.mic.data", "pin.mic.ws", "pin.scanner.tx", "pin.scanner.rx", "pin.battery" };
        private static readonly int[] PinRoles = { Input, Output, Output, Output, Input, Output, Output, Input, Input };

        /// <summary>The issues of <paramref name="config"/> on its board; empty when the pin map is sound.</summary>
        public static ConfigIssue[] Check(DeviceConfig config)
        {
            ArrayList issues = new ArrayList();
            BoardProfile board = Boards.Find(config.GetText("board.profile"));
            if (board == null)
            {
                issues.Add(new ConfigIssue(0, "board.profile", ConfigIssueCode.OutOfRange, "board.profile '" + config.GetText("board.profile") + "' has no board profile"));
                return ToArray(issues);
            }

            for (int i = 0; i < PinKeys.Length; i++)
            {
                CheckPin(board, PinKeys[i], (int)config.GetInteger(PinKeys[i]), PinRoles[i], issues);
            }

            int button = (int)config.GetInteger("pin.button");
            if (button >= 0 && board.Exists(button) && !board.CanWake(button))
            {
                issues.Add(new ConfigIssue(0, "pin.button", ConfigIssueCode.OutOfRange, "pin.button = " + button.ToString() + " cannot wake the chip from sleep; use an RTC GPIO (see docs/hardware.md)"));
            }

            int battery = (int)config.GetInteger("pin.battery");
            if (battery >= 0 && board.Exists(battery) && board.Adc1Channel(battery) < 0)
            {
                issues.Add(new ConfigIssue(0, "pin.battery", ConfigIssueCode.OutOfRange, "pin.battery = " + battery.ToString() + " is not an ADC1 GPIO (ADC2 is unusable while Wi-Fi is on)"));
            }

            string capture = config.GetText("capture.kind");
            if (capture == "camera" && !board.HasCamera)
            {
                issues.Add(new ConfigIssue(0, "capture.kind", ConfigIssueCode.OutOfRange, "capture.kind = camera but " + board.Name + " has no camera; use uart-scanner"));
            }

            if (capture == "uart-scanner")
            {
                Require(config, "pin.scanner.tx", "capture.kind = uart-scanner", issues);
                Require(config, "pin.scanner.rx", "capture.kind = uart-scanner", issues);
            }

            string mic = config.GetText("mic.kind");
            if (mic != "none")
            {
                Require(config, "pin.mic.clock", "mic.kind = " + mic, issues);
                Require(config, "pin.mic.data", "mic.kind = " + mic, issues);
            }

            if (mic == "i2s")
            {
                Require(config, "pin.mic.ws", "mic.kind = i2s", issues);
            }
            else if (config.GetInteger("pin.mic.ws") >= 0)
            {
                issues.Add(new ConfigIssue(0, "pin.mic.ws", ConfigIssueCode.OutOfRange, "pin.mic.ws is only used by mic.kind = i2s; set it to -1"));
            }

            return ToArray(issues);
        }

        private static void CheckPin(BoardProfile board, string key, int gpio, int role, ArrayList issues)
        {
            if (gpio < 0)
            {
                return;
            }

            if (!board.Exists(gpio))
            {
                issues.Add(new ConfigIssue(0, key, ConfigIssueCode.OutOfRange, key + " = " + gpio.ToString() + ": GPIO " + gpio.ToString() + " does not exist on " + board.Name));
                return;
            }

            string use = board.ReservedUse(gpio);
            if (use != null)
            {
                issues.Add(new ConfigIssue(0, key, ConfigIssueCode.PinConflict, key + " = " + gpio.ToString() + " is used by " + board.Name + " for " + use));
                return;
            }

            if (role == Output && board.IsInputOnly(gpio))
            {
                issues.Add(new ConfigIssue(0, key, ConfigIssueCode.OutOfRange, key + " = " + gpio.ToString() + " must drive an output but GPIO " + gpio.ToString() + " is input only"));
            }
        }

        private static void Require(DeviceConfig config, string key, string because, ArrayList issues)
        {
            if (config.GetInteger(key) < 0)
            {
                issues.Add(new ConfigIssue(0, key, ConfigIssueCode.MissingKey, key + " must name a GPIO because " + because));
            }
        }

        private static ConfigIssue[] ToArray(ArrayList issues)
        {
            ConfigIssue[] result = new ConfigIssue[issues.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (ConfigIssue)issues[i];
            }

            return result;
        }
    }
}
