namespace GlassesFirmware.Qr
{
    /// <summary>
    /// The work one <see cref="QrDecoder.Decode"/> call may do, in units of about one interpreted IL
    /// instruction. Every stage charges what it did (blocks of a threshold map, scanned rows, cross-checks,
    /// sampled modules, decoded symbols) and asks before a step it cannot interrupt; what the budget does
    /// not allow waits for the next frame of the same view. Charges are estimates calibrated against
    /// Host/CostMeter's count (docs/performance.md), not measurements. A frame starts with a cheap allowance
    /// (the "nothing here" path); only a view that has shown a plausible finder triple gets the rest
    /// (<see cref="Unlock"/>).
    /// </summary>
    public sealed class WorkBudget
    {
        private int _left;
        private int _spent;
        private int _start;
        private int _locked;
        private int _sliced;

        /// <summary>Units still allowed in this frame (negative after an overrun by the last step).</summary>
        public int Left
        {
            get { return _left; }
        }

        /// <summary>Units charged in this frame.</summary>
        public int Spent
        {
            get { return _spent; }
        }

        /// <summary>
        /// Starts a frame with <paramref name="cheapUnits"/> allowed, and <paramref name="units"/> in all once
        /// <see cref="Unlock"/> is called.
        /// </summary>
        public void Reset(int units, int cheapUnits)
        {
            _left = cheapUnits < units ? cheapUnits : units;
            _locked = units - _left;
            _spent = 0;
            _sliced = 0;
        }

        /// <summary>
        /// Limits this call to <paramref name="units"/> of the frame's units (a slice of a longer search). The rest is
        /// withheld, except for a first step that needs more: a step that fits the frame but not the slice runs whole,
        /// rather than being judged too big for any frame.
        /// </summary>
        public void Slice(int units)
        {
            int total = _left + _locked;
            if (units >= total)
            {
                return;
            }
            _sliced = total - units;
            if (_left > units)
            {
                _left = units;
                _locked = 0;
            }
            else
            {
                _locked = units - _left;
            }
        }

        /// <summary>Grants the rest of the frame's units (a plausible finder triple is in view).</summary>
        public void Unlock()
        {
            _left += _locked;
            _locked = 0;
        }

        /// <summary>Marks the start of the decoder's own work in this frame (after checking the view).</summary>
        public void StartWork()
        {
            _start = _spent;
        }

        /// <summary>True while nothing was charged since <see cref="StartWork"/>: a step then runs even when it does not fit.</summary>
        public bool NothingDone
        {
            get { return _spent == _start; }
        }

        /// <summary>Records work done.</summary>
        public void Charge(int units)
        {
            _left -= units;
            _spent += units;
        }

        /// <summary>True when a step estimated at <paramref name="units"/> still fits in this frame.</summary>
        public bool Allows(int units)
        {
            return _left >= units || (_sliced > 0 && _spent == _start && units <= _left + _sliced);
        }
    }
}
