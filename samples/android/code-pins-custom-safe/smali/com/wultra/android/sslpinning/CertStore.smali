.class public final Lcom/wultra/android/sslpinning/CertStore;
.super Ljava/lang/Object;
.source "CertStore.kt"


# instance fields
.field private final configuration:Lcom/wultra/android/sslpinning/CertStoreConfiguration;


# direct methods
.method public constructor <init>(Lcom/wultra/android/sslpinning/CertStoreConfiguration;Landroid/content/Context;)V
    .registers 4

    const-string v0, "configuration"

    invoke-static {p1, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/wultra/android/sslpinning/CertStore;->configuration:Lcom/wultra/android/sslpinning/CertStoreConfiguration;

    return-void
.end method
