"""The generated layer for mx: used through candescent_async.CandescentClient, not directly"""
