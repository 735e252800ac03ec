using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GlassesFirmware.Board;
using GlassesFirmware.Configuration;
using Xunit;
using Xunit.Abstractions;

namespace GlassesFirmware.Host.Tests.Hardware
{
    /// <summary>Pin maps of every board profile, the example configurations, and the memory plan.</summary>
    public class BoardTests
    {
        private readonly ITestOutputHelper _output;

        public BoardTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static DeviceConfig Load(string text)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(text);
            ConfigIssue[] issues = DeviceConfig.Load(bytes, 0, bytes.Length, out DeviceConfig config);
            Assert.True(issues.Length == 0, string.Join("\n", issues.Select(i => i.ToString())));
            return config;
        }

        // The ```ini blocks of docs/hardware.md that hold a board.profile line: one example per board.
        private static List<string> DocExamples()
        {
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "hardware.md"));
            return Regex.Matches(doc, "```ini\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value)
                .Where(b => b.Contains("board.profile = ")).ToList();
        }

        [Fact]
        public void ShippedNfConfigFitsItsBoard()
        {
            DeviceConfig config = Load(File.ReadAllText(Path.Combine(RepoPaths.Root, "nf.config")));
            Assert.Empty(BoardCheck.Check(config));
        }

        [Fact]
        public void EveryBoardHasADocumentedExampleThatPassesTheBoardCheck()
        {
            List<string> examples = DocExamples();
            foreach (BoardProfile board in Boards.All)
            {
                string example = examples.SingleOrDefault(e => e.Contains("board.profile = " + board.Name + "\n"));
                Assert.True(example != null, "docs/hardware.md has no ```ini example for " + board.Name);
                ConfigIssue[] issues = BoardCheck.Check(Load(example));
                Assert.True(issues.Length == 0, board.Name + ": " + string.Join("\n", issues.Select(i => i.Message)));
            }
        }

        [Fact]
        public void EveryBoardProfileIsAChoiceOfTheSchemaAndBack()
        {
            string[] choices = ConfigSchema.Keys[ConfigSchema.IndexOf("board.profile")].Choices;
            Assert.Equal(choices, Boards.All.Select(b => b.Name).ToArray());
        }

        [Fact]
        public void ReservedPinsExistAreUniqueAndAreRefusedForEveryPinKey()
        {
            foreach (BoardProfile board in Boards.All)
            {
                Assert.Equal(board.ReservedPins.Length, board.ReservedPins.Distinct().Count());
                foreach (int gpio in board.ReservedPins)
                {
                    Assert.True(board.Exists(gpio), board.Name + " reserves GPIO " + gpio + " which does not exist");
                    string config = "board.profile = " + board.Name + "\ncapture.kind = " + (board.HasCamera ? "camera" : "uart-scanner")
                        + "\nmic.kind = none\npin.button = -1\npin.scanner.tx = " + FreeOutput(board, gpio) + "\npin.scanner.rx = " + gpio + "\n";
                    ConfigIssue[] issues = BoardCheck.Check(Load(config));
                    Assert.Contains(issues, i => i.Key == "pin.scanner.rx" && i.Code == ConfigIssueCode.PinConflict);
                }
            }
        }

        [Fact]
        public void ClassicEsp32InputOnlyPinsAreRefusedAsOutputsButAcceptedAsInputs()
        {
            BoardProfile board = Boards.Esp32GenericScanner;
            foreach (int gpio in new[] { 34, 35, 36, 37, 38, 39 })
            {
                string baseConfig = "board.profile = esp32-generic-scanner\ncapture.kind = uart-scanner\nmic.kind = none\npin.button = 27\npin.scanner.tx = 22\npin.scanner.rx = 23\n";
                Assert.Contains(BoardCheck.Check(Load(baseConfig + "pin.haptic = " + gpio + "\n")), i => i.Key == "pin.haptic");
                Assert.Empty(BoardCheck.Check(Load(baseConfig + "pin.battery = " + gpio + "\n")));
                Assert.True(board.IsInputOnly(gpio));
            }
        }

        [Fact]
        public void WakePinsAndAdcChannelsMatchTheChips()
        {
            int[] esp32Rtc = { 0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };
            for (int gpio = 0; gpio <= 39; gpio++)
            {
                Assert.Equal(esp32Rtc.Contains(gpio), Boards.Esp32Cam.CanWake(gpio));
            }

            for (int gpio = 0; gpio <= 48; gpio++)
            {
                Assert.Equal(gpio <= 21, Boards.Esp32S3Eye.CanWake(gpio));
                Assert.Equal(gpio >= 1 && gpio <= 10 ? gpio - 1 : -1, Boards.Esp32S3Eye.Adc1Channel(gpio));
            }

            int[] adc1Gpio = { 36, 37, 38, 39, 32, 33, 34, 35 };
            for (int channel = 0; channel < adc1Gpio.Length; channel++)
            {
                Assert.Equal(channel, Boards.Esp32Cam.Adc1Channel(adc1Gpio[channel]));
            }
        }

        [Fact]
        public void SingleArrayLimitIsTheLargestArrayTheHeapBlockCountAllows()
        {
            // nanoFramework: ceil((20 + bytes) / 12) heap blocks, at most 65 535 per object.
            Assert.True((20 + MemoryPlan.MaxArrayBytes + 11) / 12 <= 65535);
            Assert.True((20 + MemoryPlan.MaxArrayBytes + 1 + 11) / 12 > 65535);
        }

        [Fact]
        public void EveryBoardAndOptionFitsItsHeapAndTheArrayLimit()
        {
            foreach (BoardProfile board in Boards.All)
            {
                foreach (string capture in board.HasCamera ? new[] { "camera", "uart-scanner" } : new[] { "uart-scanner" })
                {
                    foreach (string mic in new[] { "pdm", "i2s", "none" })
                    {
                        foreach (string frame in new[] { "240x240", "qvga" })
                        {
                            MemoryPlan plan = MemoryPlan.For(board, capture, mic, Boards.FrameWidth(frame), Boards.FrameHeight(frame));
                            Assert.True(plan.Problem() == null, board.Name + " " + capture + " " + mic + " " + frame + ": " + plan.Problem());
                            Assert.Equal(Enumerable.Range(0, plan.Count).Sum(plan.BytesOf), plan.Total);
                        }
                    }
                }
            }
        }

        [Fact]
        public void PlanRefusesAFrameBeyondTheArrayLimitAndAHeapTooSmall()
        {
            Assert.Contains("single-object limit", MemoryPlan.For(Boards.XiaoEsp32S3Sense, "camera", "pdm", 1600, 1200).Problem());
            var tiny = new BoardProfile("tiny", ChipFamily.Esp32, "ESP32_BLE_REV0", false, 150000, new int[0], new string[0]);
            Assert.Contains("exceed the budget", MemoryPlan.For(tiny, "uart-scanner", "i2s", 0, 0).Problem());
        }

        [Fact]
        public void DocumentedMemoryTableMatchesThePlan()
        {
            string doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "hardware.md"));
            foreach (BoardProfile board in Boards.All)
            {
                string capture = board.HasCamera ? "camera" : "uart-scanner";
                string mic = board == Boards.XiaoEsp32S3Sense ? "pdm" : "i2s";
                MemoryPlan plan = MemoryPlan.For(board, capture, mic, 240, 240);
                string row = "| " + board.Name + " | " + capture + ", " + mic + " | " + plan.Total + " | " + plan.LargestArray + " | " + plan.Budget + " |";
                _output.WriteLine(row);
                Assert.Contains(row, doc);
            }
        }

        private static int FreeOutput(BoardProfile board, int avoid)
        {
            for (int gpio = 0; gpio <= board.MaxGpio; gpio++)
            {
                if (gpio != avoid && board.Exists(gpio) && board.ReservedUse(gpio) == null && !board.IsInputOnly(gpio))
                {
                    return gpio;
                }
            }

            throw new InvalidOperationException("no free GPIO on " + board.Name);
        }
    }
}
