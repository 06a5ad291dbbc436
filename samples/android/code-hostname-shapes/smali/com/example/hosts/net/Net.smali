.class public final Lcom/example/hosts/net/Net;
.super Ljava/lang/Object;
.source "Net.java"


# direct methods
.method public static install()V
    .registers 1

    .line 14
    new-instance v0, Lcom/example/hosts/net/ConstVerifier;

    invoke-direct {v0}, Lcom/example/hosts/net/ConstVerifier;-><init>()V

    invoke-static {v0}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    .line 15
    new-instance v0, Lcom/example/hosts/net/FlavorVerifier;

    invoke-direct {v0}, Lcom/example/hosts/net/FlavorVerifier;-><init>()V

    invoke-static {v0}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    .line 16
    return-void
.end method

.method public static open(Ljava/lang/String;)Ljavax/net/ssl/HttpsURLConnection;
    .registers 3
    .param p0, "url"    # Ljava/lang/String;
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/io/IOException;
        }
    .end annotation

    .line 18
    new-instance v0, Ljava/net/URL;

    invoke-direct {v0, p0}, Ljava/net/URL;-><init>(Ljava/lang/String;)V

    invoke-virtual {v0}, Ljava/net/URL;->openConnection()Ljava/net/URLConnection;

    move-result-object v0

    check-cast v0, Ljavax/net/ssl/HttpsURLConnection;

    .line 19
    new-instance v1, Lcom/example/hosts/net/CipherVerifier;

    invoke-direct {v1}, Lcom/example/hosts/net/CipherVerifier;-><init>()V

    invoke-virtual {v0, v1}, Ljavax/net/ssl/HttpsURLConnection;->setHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    .line 20
    return-object v0
.end method

# HttpsURLConnection.setDefaultHostnameVerifier((host, session) -> true);  (d8: a lambda class with INSTANCE)
.method public static trustAllHosts()V
    .registers 1

    .line 24
    sget-object v0, Lcom/example/hosts/net/Net$$ExternalSyntheticLambda0;->INSTANCE:Lcom/example/hosts/net/Net$$ExternalSyntheticLambda0;

    invoke-static {v0}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    .line 25
    return-void
.end method

.method static synthetic lambda$trustAllHosts$0(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
    .registers 3
    .param p0, "host"    # Ljava/lang/String;
    .param p1, "session"    # Ljavax/net/ssl/SSLSession;

    .line 24
    const/4 v0, 0x1

    return v0
.end method

.method public static lenientClient()Lokhttp3/OkHttpClient;
    .registers 2

    .line 28
    new-instance v0, Lokhttp3/OkHttpClient$Builder;

    invoke-direct {v0}, Lokhttp3/OkHttpClient$Builder;-><init>()V

    new-instance v1, Lcom/example/hosts/net/LenientImpl;

    invoke-direct {v1}, Lcom/example/hosts/net/LenientImpl;-><init>()V

    invoke-virtual {v0, v1}, Lokhttp3/OkHttpClient$Builder;->hostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)Lokhttp3/OkHttpClient$Builder;

    move-result-object v0

    invoke-virtual {v0}, Lokhttp3/OkHttpClient$Builder;->build()Lokhttp3/OkHttpClient;

    move-result-object v0

    return-object v0
.end method

.method public static apache(Ljava/security/KeyStore;)Lorg/apache/http/conn/ssl/SSLSocketFactory;
    .registers 3
    .param p0, "trustStore"    # Ljava/security/KeyStore;
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/lang/Exception;
        }
    .end annotation

    .line 32
    new-instance v0, Lorg/apache/http/conn/ssl/SSLSocketFactory;

    invoke-direct {v0, p0}, Lorg/apache/http/conn/ssl/SSLSocketFactory;-><init>(Ljava/security/KeyStore;)V

    .line 33
    new-instance v1, Lcom/example/hosts/net/LaxVerifier;

    invoke-direct {v1}, Lcom/example/hosts/net/LaxVerifier;-><init>()V

    invoke-virtual {v0, v1}, Lorg/apache/http/conn/ssl/SSLSocketFactory;->setHostnameVerifier(Lorg/apache/http/conn/ssl/X509HostnameVerifier;)V

    .line 34
    return-object v0
.end method

# if (Settings.allowAnyHost) HttpsURLConnection.setDefaultHostnameVerifier(new DevVerifier());
.method public static devHosts()V
    .registers 1

    .line 38
    sget-boolean v0, Lcom/example/hosts/net/Settings;->allowAnyHost:Z

    if-eqz v0, :cond_c

    .line 39
    new-instance v0, Lcom/example/hosts/net/DevVerifier;

    invoke-direct {v0}, Lcom/example/hosts/net/DevVerifier;-><init>()V

    invoke-static {v0}, Ljavax/net/ssl/HttpsURLConnection;->setDefaultHostnameVerifier(Ljavax/net/ssl/HostnameVerifier;)V

    .line 41
    :cond_c
    return-void
.end method
