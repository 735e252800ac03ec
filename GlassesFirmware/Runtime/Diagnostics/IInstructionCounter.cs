namespace GlassesFirmware.Diagnostics
{
    /// <summary>
    /// The IL instructions this runtime has executed so far, where the platform can count them: a metered host
    /// build (Host/Metering rewrites the host-built runtime so every basic block adds its instruction count). The
    /// device's interpreter counts nothing, so the device composes no counter and reports clock time and the
    /// decoder's work units instead (<see cref="GlassesFirmware.Session.ReadbackTiming"/>). Must not throw.
    /// </summary>
    public interface IInstructionCounter
    {
        /// <summary>Instructions executed since the counter started; only differences between readings mean anything.</summary>
        long Executed { get; }
    }
}
