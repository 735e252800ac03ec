
namespace GlassesFirmware.Uplink.Messages
{
    /// <summary>Result of <see cref="MessageCodec.Decode"/>.</summary>
    public enum MessageStatus
    {
        /// <summary>A valid message.</summary>
        Ok = 0,
        /// <summary>The CBOR is invalid or not deterministic, or a value has the wrong CBOR type.</summary>
        Malformed = 1,
        /// <summary>Key 1 is not a version this runtime reads.</summary>
        UnsupportedVersion = 2,
        /// <summary>Key 0 names no known type.</summary>
        UnknownType = 3,
        /// <summary>A key the type does not have.</summary>
        UnexpectedKey = 4,
        /// <summary>A key the type requires is missing (or a conditional key's partner).</summary>
        MissingKey = 5,
        /// <summary>A value is out of its range or of the wrong length.</summary>
        BadValue = 6,
    }
}
