s = br'é'
