// Package: nanoFramework.System.Collections 1.5.75
// Assembly: nanoFramework.System.Collections
// Compile-only stand-in. Hardware and the application reference this package only because
// nanoFramework.System.Net.Http depends on it at run time (its nuspec lists System.Collections 1.5.75); no member
// of it is used by this project's code, so it mirrors none. Never shipped or run.
namespace System.Collections
{
}
