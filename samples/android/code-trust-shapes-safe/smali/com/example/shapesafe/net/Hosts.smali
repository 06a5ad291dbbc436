.class public final Lcom/example/shapesafe/net/Hosts;
.super Ljava/lang/Object;
.source "Hosts.java"


# direct methods
.method public static install()Lokhttp3/OkHttpClient;
    .registers 3
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/io/IOException;
        }
    .end annotation

    .line 16
    invoke-static {}, Ljavax/net/ssl/HttpsURLConnection;->getDefaultHostnameVerifier()Ljavax/net/ssl/HostnameVerifier;

    move-result-object v0

    .line 17
    new-instance v1, Lcom/example/shapesafe/net/DefaultDelegateVerifier;

    invoke-direct {v1, v0}, Lcom/example/shapesafe/net/DefaultDelegateVerifier;-><init>(Ljavax/net/ssl/HostnameVerifier;)V

    invoke-static {v1}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    .line 18
    new-instance v0, Ljava/net/URL;

    const-string v1, "https://api.example.com/"

    invoke-direct {v0, v1}, Ljava/net/URL;-><init>(Ljava/lang/String;)V

    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;

    move-result-object v0

    check-cast v0, Ljavax/net/ssl/HttpsURLConnection;

    .line 19
    new-instance v1, Lcom/example/shapesafe/net/HostVerifier;

    invoke-direct {v1}, Lcom/example/shapesafe/net/HostVerifier;-><init>()V

    invoke-virtual {v0, v1}, Ljavax/net/ssl/HttpsURLConnection;->setHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    .line 20
    new-instance v0, Lokhttp3/OkHttpClient$Builder;

    invoke-direct {v0}, Lokhttp3/OkHttpClient$Builder;-><init>()V

    sget-object v1, Lcom/example/shapesafe/net/Hosts$$ExternalSyntheticLambda0;->INSTANCE:Lcom/example/shapesafe/net/Hosts$$ExternalSyntheticLambda0;

    invoke-virtual {v0, v1}, Lokhttp3/OkHttpClient$Builder;->hostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)Lokhttp3/OkHttpClient$Builder;

    move-result-object v0

    invoke-virtual {v0}, Lokhttp3/OkHttpClient$Builder;->build()Lokhttp3/OkHttpClient;

    move-result-object v0

    return-object v0
.end method

.method static synthetic lambda$install$0(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
    .registers 3
    .param p0, "host"    # Ljava/lang/String;
    .param p1, "session"    # Ljavax/net/ssl/SSLSession;

    .line 20
    sget-object v0, Lokhttp3/internal/tls/OkHostnameVerifier;->INSTANCE:Lokhttp3/internal/tls/OkHostnameVerifier;

    invoke-virtual {v0, p0, p1}, Lokhttp3/internal/tls/OkHostnameVerifier;->verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z

    move-result v0

    return v0
.end method
