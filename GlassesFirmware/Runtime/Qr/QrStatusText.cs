using GlassesFirmware.Text;

namespace GlassesFirmware.Qr
{
    /// <summary>Names for <see cref="QrStatus"/> (enum ToString prints numbers on the device).</summary>
    public static class QrStatusText
    {
        // The enum has a gap (argument errors below 10, decode results from 10): values and names side by side.
        private static readonly int[] Values = { 0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18 };

        private static readonly string[] Names =
        {
            "ok", "null-frame", "bad-dimensions", "stride-too-small", "buffer-too-small", "bad-region", "frame-too-large",
            "null-results", "no-code", "sampling-failed", "format-info", "version-info", "data-ecc", "data-overflow",
            "unknown-mode", "payload-too-large", "over-budget",
        };

        /// <summary>Returns a short stable name for a status value, or its number when it has none.</summary>
        public static string Name(QrStatus status)
        {
            return EnumNames.Of(Values, Names, (int)status);
        }

        /// <summary>True for the statuses that reject the call's arguments.</summary>
        public static bool IsArgumentError(QrStatus status)
        {
            return status != QrStatus.Ok && (int)status < 10;
        }
    }
}
