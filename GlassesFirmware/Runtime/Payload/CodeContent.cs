namespace GlassesFirmware.Payload
{
    /// <summary>What a code that is not a payment holds, so the readback can say it (the code is never opened).</summary>
    public enum CodeContent
    {
        /// <summary>Not described (a payment code, plain text, or a URL that does not parse).</summary>
        None = 0,
        /// <summary>A web link (http or https) to a host that is not a payment host.</summary>
        WebLink,
        /// <summary>Wi-Fi network credentials ("WIFI:").</summary>
        WiFi,
        /// <summary>A contact card ("BEGIN:VCARD", "MECARD:").</summary>
        ContactCard,
        /// <summary>A phone number ("tel:").</summary>
        Phone,
        /// <summary>An e-mail address or message ("mailto:", "MATMSG:").</summary>
        Email,
        /// <summary>A text message ("SMSTO:", "sms:").</summary>
        TextMessage,
        /// <summary>A map location ("geo:").</summary>
        Location,
        /// <summary>A calendar event ("BEGIN:VEVENT", "BEGIN:VCALENDAR").</summary>
        CalendarEvent,
    }
}
