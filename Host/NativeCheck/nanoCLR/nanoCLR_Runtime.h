//
// Compile-only placeholder for nanoframework/nf-interpreter src/CLR/Include/nanoCLR_Runtime.h, which every generated
// <Assembly>.h includes. Mirrors no declaration: nothing from it is used by our interop .cpp files.
//
#ifndef NANOCLR_RUNTIME_H
#define NANOCLR_RUNTIME_H
#endif // NANOCLR_RUNTIME_H
