.class public final Lcom/example/okpins/net/Pinners;
.super Ljava/lang/Object;
.source "Pinners.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

.method public static chained()Lokhttp3/CertificatePinner;
    .registers 4

    .line 14
    new-instance v0, Lokhttp3/CertificatePinner$Builder;

    invoke-direct {v0}, Lokhttp3/CertificatePinner$Builder;-><init>()V

    .line 15
    const-string v1, "sha256/+NycmhAsdvQkWEFDigaIE0rTrKQq2YSXey5ZgozZFEg="

    filled-new-array {v1}, [Ljava/lang/String;

    move-result-object v1

    const-string v2, "owasp.org"

    invoke-virtual {v0, v2, v1}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 16
    const-string v1, "sha256/hwI76HEjqo8JBxI7q6EZwD7irayx9o7iYxQrgrY/mXk="

    filled-new-array {v1}, [Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v2, v1}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 17
    const-string v1, "sha256/5+QVPGsMsTML4UMBd7AjGH/M9w0iFX/x1C3RIgIXvK0="

    filled-new-array {v1}, [Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v2, v1}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 18
    const-string v1, "sha256/Csms5wVLeipCTSeOxNlzzZy3RRG5bpF8+5y67RNgx/Q="

    const-string v2, "sha256/AarUq0alpnGWPKmP1HRJ/stcHQcpNyI/Uixy4Sq7Nzo="

    filled-new-array {v1, v2}, [Ljava/lang/String;

    move-result-object v1

    const-string v2, "*.example.org"

    invoke-virtual {v0, v2, v1}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 19
    const-string v1, "sha256/sXBXyEhfNoNVPR41K/zyHLsBqAVyQ0RyOCWichVQ0Zo="

    const-string v2, "sha256/fGJA9HP51Rmfu9R0vS18SgJJg3OPHQ5MbiiKcUY5F5M="

    filled-new-array {v1, v2}, [Ljava/lang/String;

    move-result-object v1

    const-string v2, "**.example.org"

    invoke-virtual {v0, v2, v1}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 20
    invoke-virtual {v0}, Lokhttp3/CertificatePinner$Builder;->build()Lokhttp3/CertificatePinner;

    move-result-object v0

    return-object v0
.end method

.method public static throughLocal()Lokhttp3/CertificatePinner;
    .registers 3

    .line 25
    new-instance v0, Lokhttp3/CertificatePinner$Builder;

    invoke-direct {v0}, Lokhttp3/CertificatePinner$Builder;-><init>()V

    .line 26
    const-string v1, "sha256/CH2/KPRFlxOFmoNzE88XN6uzKGQ6mMfg70SwMVJi9u0="

    filled-new-array {v1}, [Ljava/lang/String;

    move-result-object v1

    const-string v2, "api.example.net"

    invoke-virtual {v0, v2, v1}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    .line 27
    const-string v1, "sha256/QPr7zmUUanRBMN7knohbliHeSF26snQxDJ4FDHTFY+k="

    filled-new-array {v1}, [Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v2, v1}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    .line 28
    invoke-virtual {v0}, Lokhttp3/CertificatePinner$Builder;->build()Lokhttp3/CertificatePinner;

    move-result-object v0

    return-object v0
.end method

.method public static viaHelper()Lokhttp3/CertificatePinner;
    .registers 4

    .line 32
    new-instance v0, Lokhttp3/CertificatePinner$Builder;

    invoke-direct {v0}, Lokhttp3/CertificatePinner$Builder;-><init>()V

    .line 33
    const-string v1, "cdn.example.net"

    const-string v2, "sha256/NUss5bPa1VlSqCzqcETpjj178t7v1hXCCILQ0CS/LKE="

    filled-new-array {v2}, [Ljava/lang/String;

    move-result-object v2

    invoke-static {v0, v1, v2}, Lcom/example/okpins/net/Pinners;->pin(Lokhttp3/CertificatePinner$Builder;Ljava/lang/String;[Ljava/lang/String;)V

    .line 34
    const-string v2, "sha256/Qy9EzngPLBdTy3z2+CblxsFeWoprV2ZbMFTvhmjf2Dw="

    filled-new-array {v2}, [Ljava/lang/String;

    move-result-object v2

    invoke-static {v0, v1, v2}, Lcom/example/okpins/net/Pinners;->pin(Lokhttp3/CertificatePinner$Builder;Ljava/lang/String;[Ljava/lang/String;)V

    .line 35
    const-string v1, "img.example.net"

    const-string v2, "sha256/+NycmhAsdvQkWEFDigaIE0rTrKQq2YSXey5ZgozZFEg="

    const-string v3, "sha256/hwI76HEjqo8JBxI7q6EZwD7irayx9o7iYxQrgrY/mXk="

    filled-new-array {v2, v3}, [Ljava/lang/String;

    move-result-object v2

    invoke-static {v0, v1, v2}, Lcom/example/okpins/net/Pinners;->pin(Lokhttp3/CertificatePinner$Builder;Ljava/lang/String;[Ljava/lang/String;)V

    .line 36
    invoke-virtual {v0}, Lokhttp3/CertificatePinner$Builder;->build()Lokhttp3/CertificatePinner;

    move-result-object v0

    return-object v0
.end method

.method private static varargs pin(Lokhttp3/CertificatePinner$Builder;Ljava/lang/String;[Ljava/lang/String;)V
    .registers 3

    .line 40
    invoke-virtual {p0, p1, p2}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    .line 41
    return-void
.end method

.method public static legacy()Lcom/squareup/okhttp/CertificatePinner;
    .registers 3

    .line 45
    new-instance v0, Lcom/squareup/okhttp/CertificatePinner$Builder;

    invoke-direct {v0}, Lcom/squareup/okhttp/CertificatePinner$Builder;-><init>()V

    .line 46
    const-string v1, "sha256/sXBXyEhfNoNVPR41K/zyHLsBqAVyQ0RyOCWichVQ0Zo="

    filled-new-array {v1}, [Ljava/lang/String;

    move-result-object v1

    const-string v2, "legacy.example.net"

    invoke-virtual {v0, v2, v1}, Lcom/squareup/okhttp/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lcom/squareup/okhttp/CertificatePinner$Builder;

    move-result-object v0

    .line 47
    const-string v1, "sha256/fGJA9HP51Rmfu9R0vS18SgJJg3OPHQ5MbiiKcUY5F5M="

    filled-new-array {v1}, [Ljava/lang/String;

    move-result-object v1

    invoke-virtual {v0, v2, v1}, Lcom/squareup/okhttp/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lcom/squareup/okhttp/CertificatePinner$Builder;

    move-result-object v0

    .line 48
    invoke-virtual {v0}, Lcom/squareup/okhttp/CertificatePinner$Builder;->build()Lcom/squareup/okhttp/CertificatePinner;

    move-result-object v0

    return-object v0
.end method

.method public static client()Lokhttp3/OkHttpClient;
    .registers 2

    .line 52
    new-instance v0, Lokhttp3/OkHttpClient$Builder;

    invoke-direct {v0}, Lokhttp3/OkHttpClient$Builder;-><init>()V

    invoke-static {}, Lcom/example/okpins/net/Pinners;->chained()Lokhttp3/CertificatePinner;

    move-result-object v1

    invoke-virtual {v0, v1}, Lokhttp3/OkHttpClient$Builder;->certificatePinner(Lokhttp3/CertificatePinner;)Lokhttp3/OkHttpClient$Builder;

    move-result-object v0

    .line 53
    invoke-virtual {v0}, Lokhttp3/OkHttpClient$Builder;->build()Lokhttp3/OkHttpClient;

    move-result-object v0

    return-object v0
.end method
