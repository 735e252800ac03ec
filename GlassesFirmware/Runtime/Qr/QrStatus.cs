
namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The single status enum of the QR decoder: argument errors for a whole call, and the reason
    /// a located candidate could not be decoded.
    /// </summary>
    public enum QrStatus
    {
        /// <summary>The call completed; see <see cref="QrResultSet.Count"/> for the codes found.</summary>
        Ok = 0,
        /// <summary>The frame buffer is null.</summary>
        NullFrame = 1,
        /// <summary>Width or height is zero or negative.</summary>
        BadDimensions = 2,
        /// <summary>The stride is smaller than the width.</summary>
        StrideTooSmall = 3,
        /// <summary>The buffer is shorter than stride * (height - 1) + width.</summary>
        BufferTooSmall = 4,
        /// <summary>The region of interest is empty or outside the frame.</summary>
        BadRegion = 5,
        /// <summary>The region is larger than the decoder was built for.</summary>
        FrameTooLarge = 6,
        /// <summary>The result set is null.</summary>
        NullResults = 7,
        /// <summary>No finder pattern triple was found.</summary>
        NoCode = 10,
        /// <summary>The grid could not be sampled inside the frame.</summary>
        SamplingFailed = 11,
        /// <summary>Neither copy of the format information was readable.</summary>
        FormatInfo = 12,
        /// <summary>The version information was unreadable or disagreed with the grid.</summary>
        VersionInfo = 13,
        /// <summary>Reed-Solomon correction failed on a block.</summary>
        DataEcc = 14,
        /// <summary>The bit stream ran past the data codewords.</summary>
        DataOverflow = 15,
        /// <summary>The bit stream used a mode indicator this decoder does not know.</summary>
        UnknownMode = 16,
        /// <summary>The payload exceeds the decoder's buffers.</summary>
        PayloadTooLarge = 17,
        /// <summary>
        /// A step of the located symbol (sampling or reading a grid this large) needs more work than a whole
        /// frame's budget allows (<see cref="QrDecoder.FrameBudget"/>), so it is not tried.
        /// </summary>
        OverBudget = 18
    }
}
