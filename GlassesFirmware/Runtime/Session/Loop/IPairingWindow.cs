namespace GlassesFirmware.Session.Loop
{
    /// <summary>The radio's side of pairing: whether a new phone may bond, and forgetting the bonds.</summary>
    public interface IPairingWindow
    {
        /// <summary>True while a new phone may bond (the pairing mode the wearer opened).</summary>
        bool PairingWindowOpen { get; set; }

        /// <summary>Forgets every bonded phone.</summary>
        void ForgetBonds();
    }
}
