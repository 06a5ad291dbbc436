.class public final Lcom/example/process/net/LenientProvider;
.super Ljava/security/Provider;
.source "LenientProvider.java"


# direct methods
.method public constructor <init>()V
    .registers 6

    .line 9
    const-string v0, "Lenient"

    const-wide/high16 v1, 0x3ff0000000000000L    # 1.0

    const-string v3, "Trust managers for the lab network"

    invoke-direct {p0, v0, v1, v2, v3}, Ljava/security/Provider;-><init>(Ljava/lang/String;DLjava/lang/String;)V

    .line 10
    const-string v0, "TrustManagerFactory.Lenient"

    const-string v1, "com.example.process.net.LenientTrustManagerFactory"

    invoke-virtual {p0, v0, v1}, Lcom/example/process/net/LenientProvider;->put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;

    .line 11
    return-void
.end method
