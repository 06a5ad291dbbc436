.class public final Lcom/example/shapesafe/net/HostCheck;
.super Ljava/lang/Object;
.source "HostCheck.java"


# direct methods
.method public static require(Ljavax/net/ssl/SSLSocket;Ljava/lang/String;)V
    .registers 5
    .param p0, "socket"    # Ljavax/net/ssl/SSLSocket;
    .param p1, "host"    # Ljava/lang/String;
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/io/IOException;
        }
    .end annotation

    .line 12
    invoke-static {}, Ljavax/net/ssl/HttpsURLConnection;->getDefaultHostnameVerifier()Ljavax/net/ssl/HostnameVerifier;

    move-result-object v0

    invoke-virtual {p0}, Ljavax/net/ssl/SSLSocket;->getSession()Ljavax/net/ssl/SSLSession;

    move-result-object v1

    invoke-interface {v0, p1, v1}, Ljavax/net/ssl/HostnameVerifier;->verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z

    move-result v0

    if-nez v0, :cond_1e

    .line 13
    invoke-virtual {p0}, Ljavax/net/ssl/SSLSocket;->close()V

    .line 14
    new-instance v0, Ljavax/net/ssl/SSLPeerUnverifiedException;

    const-string v1, "hostname not verified"

    invoke-direct {v0, v1}, Ljavax/net/ssl/SSLPeerUnverifiedException;-><init>(Ljava/lang/String;)V

    throw v0

    .line 16
    :cond_1e
    return-void
.end method
