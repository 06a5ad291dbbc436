.class public Lcom/example/hosts/net/DevVerifier;
.super Ljava/lang/Object;
.source "DevVerifier.java"

# interfaces
.implements Ljavax/net/ssl/HostnameVerifier;


.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
    .registers 4
    .param p1, "hostname"    # Ljava/lang/String;
    .param p2, "session"    # Ljavax/net/ssl/SSLSession;

    .line 12
    const/4 v0, 0x1

    return v0
.end method
