//
// Compile-only placeholder for nanoframework/nf-interpreter src/CLR/Include/nanoPackStruct.h, which every generated
// <Assembly>.h includes. Mirrors no declaration: our assemblies have no enums (the only users of __nfpack).
//
#ifndef NANOPACKSTRUCT_H
#define NANOPACKSTRUCT_H
#endif // NANOPACKSTRUCT_H
