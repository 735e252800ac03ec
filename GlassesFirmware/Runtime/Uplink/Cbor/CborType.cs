namespace GlassesFirmware.Uplink.Cbor
{
    /// <summary>The kinds of data item the protocol's CBOR subset has.</summary>
    public enum CborType
    {
        /// <summary>Major type 0: 0 .. 2^64-1.</summary>
        UnsignedInteger = 0,

        /// <summary>Major type 1: -1 .. -2^64.</summary>
        NegativeInteger = 1,

        /// <summary>Major type 2, definite length.</summary>
        ByteString = 2,

        /// <summary>Major type 3, definite length, UTF-8.</summary>
        TextString = 3,

        /// <summary>Major type 4, definite count.</summary>
        Array = 4,

        /// <summary>Major type 5, definite count, integer keys in canonical order.</summary>
        Map = 5,

        /// <summary>Simple values 20 (false) and 21 (true).</summary>
        Boolean = 6,

        /// <summary>Simple value 22.</summary>
        Null = 7
    }
}
