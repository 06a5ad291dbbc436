.class public final Lcom/example/pinsafe/Pins;
.super Ljava/lang/Object;
.source "Pins.java"


# direct methods
.method public static okhttp3()Lokhttp3/CertificatePinner;
    .registers 5

    .line 9
    new-instance v0, Lokhttp3/CertificatePinner$Builder;

    invoke-direct {v0}, Lokhttp3/CertificatePinner$Builder;-><init>()V

    const-string v1, "api.example.com"

    const/4 v2, 0x2

    new-array v2, v2, [Ljava/lang/String;

    const/4 v3, 0x0

    const-string v4, "sha256/LUYrtFBfUSBACquYdVvNzrZX7kdzUugluaI4mOyV+Us="

    aput-object v4, v2, v3

    const/4 v3, 0x1

    const-string v4, "sha256/Ln0sA6lQeuJl7PW1NWiFpTOTogKdJBOUmXJloaJa78Y="

    aput-object v4, v2, v3

    .line 10
    invoke-virtual {v0, v1, v2}, Lokhttp3/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lokhttp3/CertificatePinner$Builder;

    move-result-object v0

    .line 11
    invoke-virtual {v0}, Lokhttp3/CertificatePinner$Builder;->build()Lokhttp3/CertificatePinner;

    move-result-object v0

    return-object v0
.end method

.method public static okhttp2()Lcom/squareup/okhttp/CertificatePinner;
    .registers 4

    .line 15
    new-instance v0, Lcom/squareup/okhttp/CertificatePinner$Builder;

    invoke-direct {v0}, Lcom/squareup/okhttp/CertificatePinner$Builder;-><init>()V

    const-string v1, "sha256/hyc3roEhvBuYTvy9X3kx04IjJjUaMFGKAYxMUCuVxTM="

    const-string v2, "sha256/iTo8/TkSoSWyQZd00nUqO7jMF1knzVtCEzbk8ChgdFI="

    filled-new-array {v1, v2}, [Ljava/lang/String;

    move-result-object v1

    const-string v2, "**.other.example.com"

    invoke-virtual {v0, v2, v1}, Lcom/squareup/okhttp/CertificatePinner$Builder;->add(Ljava/lang/String;[Ljava/lang/String;)Lcom/squareup/okhttp/CertificatePinner$Builder;

    move-result-object v0

    invoke-virtual {v0}, Lcom/squareup/okhttp/CertificatePinner$Builder;->build()Lcom/squareup/okhttp/CertificatePinner;

    move-result-object v0

    return-object v0
.end method
