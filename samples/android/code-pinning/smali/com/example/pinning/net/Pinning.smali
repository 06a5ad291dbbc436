.class public final Lcom/example/pinning/net/Pinning;
.super Ljava/lang/Object;
.source "Pinning.kt"


# direct methods
.method public static final okhttp3()Lokhttp3/OkHttpClient;
    .registers 6

    .line 9
    new-instance v0, Lokhttp3/CertificatePinner$Builder;

    invoke-direct {v0}, Lokhttp3/CertificatePinner$Builder;-><init>()V

    .line 10
    const/4 v1, 0x2

    new-array v2, v1, [Ljava/lang/String;

    const/4 v3, 0x0

    const-string v4, "sha256/ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs="

    aput-object v4, v2, v3

    const/4 v3, 0x1

    const-string v4, "sha256/PiPoFgA5WUoziU9lZOGxNIu9egCI1CxKy3PurtWcAJ0="

    aput-object v4, v2, v3

    const-string v3, "api.example.com"

    invoke-virtual {v0, v3, v2}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 11
    const/4 v2, 0x1

    new-array v2, v2, [Ljava/lang/String;

    const/4 v3, 0x0

    const-string v4, "sha256/LUYrtFBfUSBACquYdVvNzrZX7kdzUugluaI4mOyV+Us="

    aput-object v4, v2, v3

    const-string v3, "*.cdn.example.com"

    invoke-virtual {v0, v3, v2}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 12
    new-array v2, v1, [Ljava/lang/String;

    const/4 v3, 0x0

    const-string v4, "sha256/not-a-base64-pin!"

    aput-object v4, v2, v3

    const/4 v3, 0x1

    const-string v4, "sha256/Ln0sA6lQeuJl7PW1NWiFpTOTogKdJBOUmXJloaJa78Y="

    aput-object v4, v2, v3

    const-string v3, "static.example.com"

    invoke-virtual {v0, v3, v2}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 13
    new-array v2, v1, [Ljava/lang/String;

    const/4 v3, 0x0

    const-string v4, "sha1/mzMEbtOdGC462vqQRa1nh9S7wyE="

    aput-object v4, v2, v3

    const/4 v3, 0x1

    const-string v4, "sha256/xJ/qdCX6f4aZiXqXwVnGaQJn2QA7t4xT+vqPwVwyXYQ="

    aput-object v4, v2, v3

    const-string v3, "legacy.example.com"

    invoke-virtual {v0, v3, v2}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 14
    invoke-virtual {v0}, Lokhttp3/CertificatePinner$Builder;->build()Lokhttp3/CertificatePinner;

    move-result-object v0

    .line 15
    new-instance v1, Lokhttp3/OkHttpClient$Builder;

    invoke-direct {v1}, Lokhttp3/OkHttpClient$Builder;-><init>()V

    invoke-virtual {v1, v0}, Lokhttp3/OkHttpClient$Builder;->certificatePinner(Lokhttp3/CertificatePinner;)Lokhttp3/OkHttpClient$Builder;

    move-result-object v1

    invoke-virtual {v1}, Lokhttp3/OkHttpClient$Builder;->build()Lokhttp3/OkHttpClient;

    move-result-object v1

    return-object v1
.end method

.method public static final okhttp2()Lcom/squareup/okhttp/CertificatePinner;
    .registers 4

    .line 19
    new-instance v0, Lcom/squareup/okhttp/CertificatePinner$Builder;

    invoke-direct {v0}, Lcom/squareup/okhttp/CertificatePinner$Builder;-><init>()V

    .line 20
    const-string v1, "sha256/hyc3roEhvBuYTvy9X3kx04IjJjUaMFGKAYxMUCuVxTM="

    const-string v2, "sha256/iTo8/TkSoSWyQZd00nUqO7jMF1knzVtCEzbk8ChgdFI="

    filled-new-array {v1, v2}, [Ljava/lang/String;

    move-result-object v1

    const-string v2, "old.example.com"

    invoke-virtual {v0, v2, v1}, Lcom/squareup/okhttp/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lcom/squareup/okhttp/CertificatePinner$Builder;

    move-result-object v0

    .line 21
    invoke-virtual {v0}, Lcom/squareup/okhttp/CertificatePinner$Builder;->build()Lcom/squareup/okhttp/CertificatePinner;

    move-result-object v0

    return-object v0
.end method
