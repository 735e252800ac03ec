namespace GlassesFirmware.Uplink.Client
{
    /// <summary>Which link an attempt goes over.</summary>
    internal enum Transport
    {
        /// <summary>The BLE frame link (preferred).</summary>
        Frame = 0,

        /// <summary>The HTTPS request link.</summary>
        Request = 1
    }
}
