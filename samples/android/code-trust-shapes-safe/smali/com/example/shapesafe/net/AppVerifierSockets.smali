.class public Lcom/example/shapesafe/net/AppVerifierSockets;
.super Ljava/lang/Object;
.source "AppVerifierSockets.java"


# instance fields
.field private final verifier:Lcom/example/shapesafe/net/HostVerifier;


# direct methods
.method public constructor <init>()V
    .registers 2

    .line 11
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    .line 12
    new-instance v0, Lcom/example/shapesafe/net/HostVerifier;

    invoke-direct {v0}, Lcom/example/shapesafe/net/HostVerifier;-><init>()V

    iput-object v0, p0, Lcom/example/shapesafe/net/AppVerifierSockets;->verifier:Lcom/example/shapesafe/net/HostVerifier;

    return-void
.end method


# virtual methods
.method public open(Ljava/lang/String;I)Ljavax/net/ssl/SSLSocket;
    .registers 6
    .param p1, "host"    # Ljava/lang/String;
    .param p2, "port"    # I
    .annotation system Ldalvik/annotation/Throws;
        value = {
            Ljava/io/IOException;
        }
    .end annotation

    .line 16
    invoke-static {}, Ljavax/net/ssl/SSLSocketFactory;->getDefault()Ljavax/net/SocketFactory;

    move-result-object v0

    check-cast v0, Ljavax/net/ssl/SSLSocketFactory;

    invoke-virtual {v0, p1, p2}, Ljavax/net/ssl/SSLSocketFactory;->createSocket(Ljava/lang/String;I)Ljava/net/Socket;

    move-result-object v0

    check-cast v0, Ljavax/net/ssl/SSLSocket;

    .line 17
    iget-object v1, p0, Lcom/example/shapesafe/net/AppVerifierSockets;->verifier:Lcom/example/shapesafe/net/HostVerifier;

    invoke-virtual {v0}, Ljavax/net/ssl/SSLSocket;->getSession()Ljavax/net/ssl/SSLSession;

    move-result-object v2

    invoke-virtual {v1, p1, v2}, Lcom/example/shapesafe/net/HostVerifier;->verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z

    move-result v1

    if-nez v1, :cond_2a

    .line 18
    new-instance v1, Ljavax/net/ssl/SSLPeerUnverifiedException;

    invoke-direct {v1, p1}, Ljavax/net/ssl/SSLPeerUnverifiedException;-><init>(Ljava/lang/String;)V

    throw v1

    .line 19
    :cond_2a
    return-object v0
.end method
