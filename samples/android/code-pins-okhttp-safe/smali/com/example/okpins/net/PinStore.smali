.class public final Lcom/example/okpins/net/PinStore;
.super Ljava/lang/Object;
.source "PinStore.kt"


# instance fields
.field private final builder:Lokhttp3/CertificatePinner$Builder;


# direct methods
.method public constructor <init>()V
    .registers 6

    .line 6
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 7
    new-instance v0, Lokhttp3/CertificatePinner$Builder;

    invoke-direct {v0}, Lokhttp3/CertificatePinner$Builder;-><init>()V

    iput-object v0, p0, Lcom/example/okpins/net/PinStore;->builder:Lokhttp3/CertificatePinner$Builder;

    .line 10
    iget-object v0, p0, Lcom/example/okpins/net/PinStore;->builder:Lokhttp3/CertificatePinner$Builder;

    const-string v1, "files.example.net"

    const/4 v2, 0x1

    new-array v2, v2, [Ljava/lang/String;

    const/4 v3, 0x0

    const-string v4, "sha256/5+QVPGsMsTML4UMBd7AjGH/M9w0iFX/x1C3RIgIXvK0="

    aput-object v4, v2, v3

    invoke-virtual {v0, v1, v2}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    .line 11
    return-void
.end method


# virtual methods
.method public final addBackup()Lcom/example/okpins/net/PinStore;
    .registers 6

    .line 14
    iget-object v0, p0, Lcom/example/okpins/net/PinStore;->builder:Lokhttp3/CertificatePinner$Builder;

    const-string v1, "files.example.net"

    const/4 v2, 0x1

    new-array v2, v2, [Ljava/lang/String;

    const/4 v3, 0x0

    const-string v4, "sha256/Csms5wVLeipCTSeOxNlzzZy3RRG5bpF8+5y67RNgx/Q="

    aput-object v4, v2, v3

    invoke-virtual {v0, v1, v2}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    .line 15
    return-object p0
.end method

.method public final pinner()Lokhttp3/CertificatePinner;
    .registers 3

    .line 17
    iget-object v0, p0, Lcom/example/okpins/net/PinStore;->builder:Lokhttp3/CertificatePinner$Builder;

    invoke-virtual {v0}, Lokhttp3/CertificatePinner$Builder;->build()Lokhttp3/CertificatePinner;

    move-result-object v0

    const-string v1, "build(...)"

    invoke-static {v0, v1}, Lkotlin/jvm/internal/Intrinsics;->checkNotNullExpressionValue(Ljava/lang/Object;Ljava/lang/String;)V

    return-object v0
.end method
