.class public final Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;
.super Ljava/lang/Object;
.source "CertStoreConfiguration.kt"


# instance fields
.field private expectedCommonNames:[Ljava/lang/String;

.field private final publicKey:[B

.field private final serviceUrl:Ljava/net/URL;


# direct methods
.method public constructor <init>(Ljava/net/URL;[B)V
    .registers 4

    const-string v0, "serviceUrl"

    invoke-static {p1, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    const-string v0, "publicKey"

    invoke-static {p2, v0}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullParameter(Ljava/lang/Object;Ljava/lang/String;)V

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;->serviceUrl:Ljava/net/URL;

    iput-object p2, p0, Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;->publicKey:[B

    return-void
.end method


# virtual methods
.method public final build()Lcom/wultra/android/sslpinning/CertStoreConfiguration;
    .registers 2

    new-instance v0, Lcom/wultra/android/sslpinning/CertStoreConfiguration;

    invoke-direct {v0}, Lcom/wultra/android/sslpinning/CertStoreConfiguration;-><init>()V

    return-object v0
.end method

.method public final expectedCommonNames([Ljava/lang/String;)Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;
    .registers 2

    iput-object p1, p0, Lcom/wultra/android/sslpinning/CertStoreConfiguration$Builder;->expectedCommonNames:[Ljava/lang/String;

    return-object p0
.end method
