.class public interface abstract Lcom/example/hosts/net/LenientHostnameVerifier;
.super Ljava/lang/Object;
.source "LenientHostnameVerifier.kt"

# interfaces
.implements Ljavax/net/ssl/HostnameVerifier;
