namespace GlassesFirmware.Board
{
    /// <summary>
    /// What the firmware must know about one supported board (nf.config board.profile): its nanoff target,
    /// which GPIOs the board itself uses (flash, PSRAM, camera, USB, on-board parts) and the managed heap
    /// the memory plan is checked against. docs/hardware.md explains every entry.
    /// </summary>
    public sealed class BoardProfile
    {
        /// <summary>The nf.config value of board.profile.</summary>
        public readonly string Name;

        /// <summary>Chip family.</summary>
        public readonly ChipFamily Chip;

        /// <summary>Target name for nanoff --target (stock image); camera boards need the custom image built on it.</summary>
        public readonly string NanoffTarget;

        /// <summary>True when the board has a camera the custom firmware image drives.</summary>
        public readonly bool HasCamera;

        /// <summary>Managed heap in bytes the memory plan assumes (PSRAM size minus the IDF reserve of the image).</summary>
        public readonly int ManagedHeapBytes;

        /// <summary>GPIOs the board uses itself; parallel to <see cref="ReservedFor"/>.</summary>
        public readonly int[] ReservedPins;

        /// <summary>What each reserved GPIO is used for, for the validation message.</summary>
        public readonly string[] ReservedFor;

        /// <summary>Creates a profile; the reserved lists must be parallel.</summary>
        public BoardProfile(string name, ChipFamily chip, string nanoffTarget, bool hasCamera, int managedHeapBytes, int[] reservedPins, string[] reservedFor)
        {
            if (reservedPins.Length != reservedFor.Length)
            {
                throw new System.ArgumentException("reservedFor");
            }

            Name = name;
            Chip = chip;
            NanoffTarget = nanoffTarget;
            HasCamera = hasCamera;
            ManagedHeapBytes = managedHeapBytes;
            ReservedPins = reservedPins;
            ReservedFor = reservedFor;
        }

        /// <summary>Highest GPIO number of the chip.</summary>
        public int MaxGpio
        {
            get { return Chip == ChipFamily.Esp32S3 ? 48 : 39; }
        }

        /// <summary>What the board uses <paramref name="gpio"/> for, or null when it is free.</summary>
        public string ReservedUse(int gpio)
        {
            for (int i = 0; i < ReservedPins.Length; i++)
            {
                if (ReservedPins[i] == gpio)
                {
                    return ReservedFor[i];
                }
            }

            return null;
        }

        /// <summary>True when the GPIO exists on the chip (the S3 has no GPIO 22-25).</summary>
        public bool Exists(int gpio)
        {
            if (gpio < 0 || gpio > MaxGpio)
            {
                return false;
            }

            return Chip != ChipFamily.Esp32S3 || gpio < 22 || gpio > 25;
        }

        /// <summary>True when the GPIO can only be an input (ESP32 GPIO 34-39).</summary>
        public bool IsInputOnly(int gpio)
        {
            return Chip == ChipFamily.Esp32 && gpio >= 34 && gpio <= 39;
        }

        /// <summary>True when the GPIO is an RTC GPIO, so it can wake the chip from deep sleep.</summary>
        public bool CanWake(int gpio)
        {
            if (Chip == ChipFamily.Esp32S3)
            {
                return gpio >= 0 && gpio <= 21;
            }

            return gpio == 0 || gpio == 2 || gpio == 4 || (gpio >= 12 && gpio <= 15) || (gpio >= 25 && gpio <= 27) || (gpio >= 32 && gpio <= 39);
        }

        /// <summary>
        /// The nanoFramework ADC channel (AdcController.OpenChannel) of an ADC1 GPIO, or -1. ADC2 is not offered:
        /// it cannot be read while Wi-Fi is on.
        /// </summary>
        public int Adc1Channel(int gpio)
        {
            if (Chip == ChipFamily.Esp32S3)
            {
                return gpio >= 1 && gpio <= 10 ? gpio - 1 : -1;
            }

            switch (gpio)
            {
                case 36: return 0;
                case 37: return 1;
                case 38: return 2;
                case 39: return 3;
                case 32: return 4;
                case 33: return 5;
                case 34: return 6;
                case 35: return 7;
                default: return -1;
            }
        }
    }
}
