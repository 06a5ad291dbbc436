.class public final Lcom/example/shapesafe/net/HelperSockets;
.super Ljava/lang/Object;
.source "HelperSockets.java"


# direct methods
.method public static open(Ljava/lang/String;I)Ljavax/net/ssl/SSLSocket;
    .registers 3
    .param p0, "host"    # Ljava/lang/String;
    .param p1, "port"    # I
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/io/IOException;
        }
    .end annotation

    .line 14
    invoke-static {}, Ljavax/net/ssl/SSLSocketFactory;->getDefault()Ljavax/net/SocketFactory;

    move-result-object v0

    check-cast v0, Ljavax/net/ssl/SSLSocketFactory;

    invoke-virtual {v0, p0, p1}, Ljavax/net/ssl/SSLSocketFactory;->createSocket(Ljava/lang/String;I)Ljava/net/Socket;

    move-result-object v0

    check-cast v0, Ljavax/net/ssl/SSLSocket;

    .line 15
    invoke-static {v0, p0}, Lcom/example/shapesafe/net/HostCheck;->require(Ljavax/net/ssl/SSLSocket;Ljava/lang/String;)V

    .line 16
    return-object v0
.end method
