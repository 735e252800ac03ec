namespace GlassesFirmware.Payload
{
    /// <summary>
    /// Recognises the common QR codes that are plainly not payments (ZXing's and the vCard/iCalendar formats):
    /// Wi-Fi credentials, contact cards, phone numbers, e-mail, text messages, map locations and calendar events.
    /// They are named in the readback and never opened, dialled or joined.
    /// </summary>
    internal static class NonPaymentCode
    {
        // Prefixes, matched case-insensitively, and what each holds (same index).
        private static readonly string[] Prefixes =
        {
            "WIFI:",
            "BEGIN:VCARD",
            "MECARD:",
            "BIZCARD:",
            "tel:",
            "mailto:",
            "MATMSG:",
            "SMSTO:",
            "sms:",
            "MMSTO:",
            "geo:",
            "BEGIN:VEVENT",
            "BEGIN:VCALENDAR",
        };

        private static readonly CodeContent[] Contents =
        {
            CodeContent.WiFi,
            CodeContent.ContactCard,
            CodeContent.ContactCard,
            CodeContent.ContactCard,
            CodeContent.Phone,
            CodeContent.Email,
            CodeContent.Email,
            CodeContent.TextMessage,
            CodeContent.TextMessage,
            CodeContent.TextMessage,
            CodeContent.Location,
            CodeContent.CalendarEvent,
            CodeContent.CalendarEvent,
        };

        /// <summary>What [s, e) holds, or <see cref="CodeContent.None"/> when it is none of these.</summary>
        public static CodeContent Detect(byte[] b, int s, int e)
        {
            while (s < e && b[s] <= 0x20) s++;
            for (int i = 0; i < Prefixes.Length; i++)
            {
                if (Ascii.StartsWithIgnoreCase(b, s, e, Prefixes[i])) return Contents[i];
            }

            return CodeContent.None;
        }
    }
}
