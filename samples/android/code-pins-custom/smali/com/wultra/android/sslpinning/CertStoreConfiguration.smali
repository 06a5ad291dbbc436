.class public final Lcom/wultra/android/sslpinning/CertStoreConfiguration;
.super Ljava/lang/Object;
.source "CertStoreConfiguration.kt"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method
