using GlassesFirmware.Configuration;

namespace GlassesFirmware.Trigger
{
    /// <summary>Timing of the button gestures, in milliseconds (nf.config button.* keys; the combination times are fixed).</summary>
    public sealed class GestureTiming
    {
        /// <summary>Defaults: nf.config defaults, and Omi's 3 s hold and 5 s window for the deliberate combinations.</summary>
        public GestureTiming()
        {
            DebounceMs = 30;
            DoubleTapMs = 350;
            LongPressMs = 800;
            ComboHoldMs = 3000;
            ComboWindowMs = 5000;
        }

        /// <summary>A level must stay this long to count; shorter pulses are contact bounce or noise (button.debounce.ms).</summary>
        public int DebounceMs { get; set; }

        /// <summary>Longest gap from a tap's release to the next press for a double tap (button.doubletap.ms).</summary>
        public int DoubleTapMs { get; set; }

        /// <summary>Shortest hold that is a long press (button.longpress.ms).</summary>
        public int LongPressMs { get; set; }

        /// <summary>Hold time that completes pairing mode or unpair; longer than a long press so neither happens by accident.</summary>
        public int ComboHoldMs { get; set; }

        /// <summary>After a double tap, a press starting within this time can become unpair.</summary>
        public int ComboWindowMs { get; set; }

        /// <summary>Timing from a loaded, valid nf.config: its button.* keys, the combination times fixed.</summary>
        public static GestureTiming FromConfig(DeviceConfig config)
        {
            GestureTiming timing = new GestureTiming();
            timing.DebounceMs = (int)config.GetInteger("button.debounce.ms");
            timing.DoubleTapMs = (int)config.GetInteger("button.doubletap.ms");
            timing.LongPressMs = (int)config.GetInteger("button.longpress.ms");
            return timing;
        }
    }
}
