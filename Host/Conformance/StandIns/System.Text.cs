// Package: nanoFramework.System.Text 1.3.42
// Assembly: nanoFramework.System.Text
// Compile-only stand-in. Hardware references this package only because System.IO.Ports needs it at run time
// (SerialPort's Encoding); no member of it is used by this project's code, so it mirrors none. Never shipped
// or run.
namespace System.Text
{
}
